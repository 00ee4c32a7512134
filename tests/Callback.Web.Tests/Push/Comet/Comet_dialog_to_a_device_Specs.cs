using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using Callback.Testing;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Callback.Web.Tests.Push.Comet;

/// <summary>
/// A delayed callback as a GMS mobile client lives it over CometD: the device subscribes before it books, receives the
/// agent-available dialog from the session, confirms through <c>connect</c>, and the call reaches an agent. The official
/// CometD client under Node is the device; the app runs on a real port with the real clock and a quick simulated contact
/// center.
/// </summary>
public sealed class Comet_dialog_to_a_device_Specs : IDisposable
{
    const string CustomerNumber = "+14155550123";
    static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    readonly GenesysApiHost _host = new(ReliableContactCenter.Settings(stepSeconds: 1).With(new Dictionary<string, string?>
    {
        // Open whenever the test runs.
        ["Callback:OfficeHours:office-hours:_bh_regular1"] = "Mon-Sun 00:00-24:00",
    }), realTime: true);

    readonly HttpClient _client;

    public Comet_dialog_to_a_device_Specs()
    {
        _host.UseKestrel(0);
        _host.StartServer();
        var address = _host.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        _client = new HttpClient { BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal)) };
    }

    [Theory]
    [InlineData("long-polling")]
    [InlineData("websocket")]
    public async Task A_device_subscribed_before_booking_receives_the_dialog_confirms_and_is_connected_to_an_agent(string transport)
    {
        var notificationId = $"device-{Guid.NewGuid():N}";
        var channel = $"/_genesys/callback/{notificationId}";
        await using var device = NodeScript.Start("comet-client.mjs", new Uri(_client.BaseAddress!, "/genesys/cometd").ToString(), transport);
        Assert.True((await device.Next("handshake", Patience)).GetProperty("successful").GetBoolean());
        await device.Send($"subscribe {channel}");
        Assert.True((await device.Next("subscribed", Patience)).GetProperty("successful").GetBoolean());

        using var booking = await _client.PostAsync("/genesys/1/service/callback/user-delayed", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_customer_number"] = CustomerNumber, ["_device_os"] = "comet", ["_device_notification_id"] = notificationId,
        }));
        Assert.Equal(HttpStatusCode.OK, booking.StatusCode);
        var id = (await booking.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("_id").GetString()!;

        var push = await device.Next("message", Patience);
        Assert.Equal(channel, push.GetProperty("channel").GetString());
        var dialog = push.GetProperty("data");
        Assert.Equal(id, dialog.GetProperty("_id").GetString());
        Assert.Equal("ConfirmationDialog", dialog.GetProperty("_action").GetString());
        Assert.Equal("An agent is available. Press Ok to receive the call now.", dialog.GetProperty("_text").GetString());
        Assert.Equal("Ok", dialog.GetProperty("_ok_title").GetString());

        using var connect = await _client.PostAsync($"/genesys/1/service/{id}/connect", null);
        Assert.Equal(HttpStatusCode.OK, connect.StatusCode);
        Assert.Equal("You will receive the call shortly", (await connect.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("_text").GetString());

        var record = await _client.WaitForRecord(Guid.Parse(id), r => r["_callback_state"] == "COMPLETED", "the confirmed callback to reach an agent");
        Assert.Equal("AGENT_CONNECTED", record["_callback_reason"]);
    }

    public void Dispose()
    {
        _client.Dispose();
        _host.Dispose();
    }
}
