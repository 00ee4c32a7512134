using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Callback.Sagas.Contracts.Push;
using Callback.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Callback.Web.Tests.Push;

public sealed class Status_notification_Specs
{
    const string Service = "notified-delayed";

    static GenesysApiHost Notifying(HttpReceiver crm) => new(new Dictionary<string, string?>
    {
        [$"Callback:Services:{Service}:_call_direction"] = "USERTERMINATED",
        [$"Callback:Services:{Service}:_target"] = "Customer_Service@Stat_Server.GA",
        [$"Callback:Services:{Service}:_route_point"] = "8999",
        [$"Callback:Services:{Service}:_wait_for_agent"] = "true",
        [$"Callback:Services:{Service}:_wait_for_user_confirm"] = "false",
        [$"Callback:Services:{Service}:_enable_status_notification"] = "subscribe_notify",
        [$"Callback:Services:{Service}:_status_notification_type"] = "httpcb",
        [$"Callback:Services:{Service}:_status_notification_target"] = crm.Url("/crm/callback-events"),
        // A contact center that answers every call with a person and always finds an agent.
        ["Telephony:Simulated:AnswerProbability"] = "1",
        ["Telephony:Simulated:Answers:Human"] = "1",
        ["Telephony:Simulated:Answers:AnsweringMachine"] = "0",
        ["Telephony:Simulated:Answers:Fax"] = "0",
        ["Telephony:Simulated:ReservationSuccessProbability"] = "1",
        ["Telephony:Simulated:RoutingSuccessProbability"] = "1",
    });

    [Fact]
    public async Task The_target_receives_each_event_of_a_delayed_session_from_its_creation_to_its_exit()
    {
        await using var crm = await HttpReceiver.StartAsync();
        await using var host = Notifying(crm);
        var client = host.CreateClient();
        var time = new BusClock(host.Clock, host.Services.GetRequiredService<IBus>(), TimeSpan.FromSeconds(30));

        var booked = await client.PostAsJsonAsync($"/genesys/1/service/callback/{Service}", new Dictionary<string, string> { ["_customer_number"] = "5115" });
        Assert.Equal(HttpStatusCode.OK, booked.StatusCode);
        var id = Guid.Parse((await booked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("_id").GetString()!);

        // The simulated URS announces an agent after 20 s; ringing, reservation and routing take seconds each.
        await Polling.WaitForQuery(async () =>
        {
            if ((await client.WaitForRecord(id, _ => true, "the session"))["_callback_state"] == "COMPLETED")
                return true;
            await time.Advance(TimeSpan.FromSeconds(5));
            return false;
        }, "the session to complete", TimeSpan.FromSeconds(60));

        var received = (await crm.Received(7)).Select(r => JsonSerializer.Deserialize<Dictionary<string, string>>(r.Body)!).ToList();
        Assert.Equal(7, received.Count);
        Assert.All(received, n =>
        {
            Assert.Equal(id.ToString(), n["_id"]);
            Assert.Equal(Service, n["_service_name"]);
            Assert.Equal("5115", n["_customer_number"]);
            Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", n["_time"]);
        });
        Assert.Equal(
        [
            "_cbe_on_customer_queued ROUTING",
            "_cbe_on_dial_done ROUTING",
            "_cbe_on_dial_init ROUTING",
            "_cbe_on_route_to_agent PROCESSING",
            "_cbe_on_service_create QUEUED",
            "_cbe_on_service_exit COMPLETED AGENT_CONNECTED",
            "_cbe_on_target_found ROUTING",
        ], received.Select(n => $"{n["_event"]} {n["_callback_state"]} {n.GetValueOrDefault("_callback_reason")}".TrimEnd()).Order(StringComparer.Ordinal));
        Assert.Equal(StatusEvents.ServiceCreate, received.OrderBy(n => n["_time"], StringComparer.Ordinal).Select(n => n["_event"]).First());

        // Delivered after the session ended, and recorded all the same.
        await host.WaitForHistory(id, "PushDelivered",
            $"status _cbe_on_service_exit via httpcb to {crm.Url("/crm/callback-events")}: attempt 1 of 3, HTTP 200");
    }
}
