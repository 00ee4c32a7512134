using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Callback.Sagas.StateMachines;
using Callback.Testing;
using Callback.Web.Tests.Start;

namespace Callback.Web.Tests.EndToEnd;

/// <summary>
/// The whole service on the servers it runs on in production: the HTTP API, the saga and the simulated contact center
/// on a real RabbitMQ and a real PostgreSQL (with its clustered Quartz store), at real time.
/// </summary>
public sealed class Callback_over_RabbitMQ_and_PostgreSQL_Specs :
    ProductionServersSpecs
{
    static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_delayed_callback_booked_over_HTTP_is_seen_through_each_state_until_an_agent_is_connected()
    {
        // Each step lasts long enough for a client polling the query API to see it.
        await using var host = new GenesysApiHost(ReliableContactCenter.Settings(stepSeconds: 2).With(Servers).With(new Dictionary<string, string?>
        {
            ["Workers:Enabled"] = "true",
            ["Telephony:Mode"] = "Simulated",
        }), realTime: true);
        var client = host.CreateClient();

        var booked = await client.PostAsJsonAsync("/genesys/1/service/callback/user-delayed", new Dictionary<string, string>
        {
            ["_customer_number"] = "5115", ["first_name"] = "John",
        });
        Assert.Equal(HttpStatusCode.OK, booked.StatusCode);
        var id = Guid.Parse((await booked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("_id").GetString()!);

        var seen = new List<string>();
        var confirmed = false;
        var deadline = DateTime.UtcNow + Timeout;
        while (seen.LastOrDefault() != "COMPLETED")
        {
            Assert.True(DateTime.UtcNow < deadline, $"the callback did not complete in {Timeout}; states seen: {string.Join(", ", seen)}");
            var records = await client.GetFromJsonAsync<JsonElement>($"/genesys/1/service/callback?_id={id}");
            if (records.GetArrayLength() == 1 && records[0].GetProperty("_callback_state").GetString() is { } state && state != seen.LastOrDefault())
                seen.Add(state);

            // The agent-available push asks the customer to confirm; the device answers with connect.
            if (!confirmed && (await host.Stored(id)).CurrentState == nameof(CallbackStateMachine.UserNotified))
            {
                var connect = await client.PostAsync($"/genesys/1/service/{id}/connect", null);
                Assert.Equal(HttpStatusCode.OK, connect.StatusCode);
                confirmed = true;
            }

            await Task.Delay(100);
        }

        Assert.Equal(["QUEUED", "ROUTING", "PROCESSING", "COMPLETED"], seen);
        var final = (await client.GetFromJsonAsync<JsonElement>($"/genesys/1/service/callback?_id={id}"))[0];
        Assert.Equal("AGENT_CONNECTED", final.GetProperty("_callback_reason").GetString());
        Assert.Equal("John", final.GetProperty("first_name").GetString());
    }
}
