using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Callback.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Callback.Web.Tests.EndToEnd;

/// <summary>
/// Pushes travel as messages: a device connected over CometD to one web instance gets the dialog of a session that
/// another instance booked and whose saga runs in another process, over a real RabbitMQ and PostgreSQL.
/// </summary>
public sealed class Push_across_web_instances_Specs :
    ProductionServersSpecs
{
    const string CustomerNumber = "+14155550123";
    static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    Dictionary<string, string?> Settings(bool workers) => ReliableContactCenter.Settings(stepSeconds: 1).With(Servers).With(new Dictionary<string, string?>
    {
        ["Workers:Enabled"] = workers ? "true" : "false",
        ["Telephony:Mode"] = workers ? "Simulated" : "External",
        ["Callback:OfficeHours:office-hours:_bh_regular1"] = "Mon-Sun 00:00-24:00",
    });

    [Fact]
    public async Task A_device_on_one_web_instance_gets_the_dialog_of_a_session_booked_on_another_and_confirms_through_it()
    {
        // Instance A: the web tier alone, holding the device's CometD connection.
        await using var deviceSide = new GenesysApiHost(Settings(workers: false), realTime: true);
        deviceSide.UseKestrel(0);
        deviceSide.StartServer();
        var address = deviceSide.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        using var deviceApi = new HttpClient { BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal)) };

        // Instance B: another web instance that also runs the saga and the simulated contact center.
        await using var bookingSide = new GenesysApiHost(Settings(workers: true), realTime: true);
        using var bookingApi = bookingSide.CreateClient();

        var notificationId = $"device-{Guid.NewGuid():N}";
        await using var device = NodeScript.Start("comet-client.mjs", new Uri(deviceApi.BaseAddress, "/genesys/cometd").ToString(), "long-polling");
        Assert.True((await device.Next("handshake", Patience)).GetProperty("successful").GetBoolean());
        await device.Send($"subscribe /_genesys/callback/{notificationId}");
        Assert.True((await device.Next("subscribed", Patience)).GetProperty("successful").GetBoolean());

        using var booking = await bookingApi.PostAsJsonAsync("/genesys/1/service/callback/user-delayed", new Dictionary<string, string>
        {
            ["_customer_number"] = CustomerNumber, ["_device_os"] = "comet", ["_device_notification_id"] = notificationId,
        });
        Assert.Equal(HttpStatusCode.OK, booking.StatusCode);
        var id = (await booking.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("_id").GetString()!;

        var dialog = (await device.Next("message", Patience)).GetProperty("data");
        Assert.Equal(id, dialog.GetProperty("_id").GetString());
        Assert.Equal("ConfirmationDialog", dialog.GetProperty("_action").GetString());

        using var connect = await deviceApi.PostAsync($"/genesys/1/service/{id}/connect", null);
        Assert.Equal(HttpStatusCode.OK, connect.StatusCode);
        var record = await deviceApi.WaitForRecord(Guid.Parse(id), r => r["_callback_state"] == "COMPLETED", "the confirmed callback to reach an agent");
        Assert.Equal("AGENT_CONNECTED", record["_callback_reason"]);

        // Each instance reported its own hand-off: one to the device, one to nobody.
        var history = await bookingApi.GetFromJsonAsync<JsonElement>($"/genesys/1/service/callback/user-delayed/{id}/history");
        var handOffs = history.EnumerateArray().Where(h => h.GetProperty("event").GetString() == "PushDelivered")
            .Select(h => h.GetProperty("detail").GetString()!).ToList();
        Assert.Equal(2, handOffs.Count);
        Assert.Single(handOffs, detail => detail.Contains("handed to 1 subscriber on instance", StringComparison.Ordinal));
        Assert.Single(handOffs, detail => detail.Contains("handed to 0 subscribers on instance", StringComparison.Ordinal));
    }
}
