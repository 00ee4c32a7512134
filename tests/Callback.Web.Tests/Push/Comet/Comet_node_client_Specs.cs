using System.Text.Json;
using Callback.Testing;

namespace Callback.Web.Tests.Push.Comet;

/// <summary>
/// The official CometD JavaScript client (npm <c>cometd</c> under Node with <c>cometd-nodejs-client</c>) against the
/// server on a real port, over each transport, driven through <c>tests/js/comet-client.mjs</c>.
/// </summary>
public sealed class Comet_node_client_Specs : IDisposable
{
    const string Channel = "/_genesys/callback/abc";
    static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    readonly CometKestrelHost _host = new();

    public void Dispose() => _host.Dispose();

    async Task<(NodeScript Device, string ClientId)> Subscribed(string transport)
    {
        var device = NodeScript.Start("comet-client.mjs", _host.Url, transport);
        var handshake = await device.Next("handshake", Patience);
        Assert.True(handshake.GetProperty("successful").GetBoolean(), handshake.ToString());
        Assert.Equal(transport, handshake.GetProperty("transport").GetString());

        await device.Send($"subscribe {Channel}");
        var subscribed = await device.Next("subscribed", Patience);
        Assert.True(subscribed.GetProperty("successful").GetBoolean(), subscribed.ToString());
        return (device, handshake.GetProperty("clientId").GetString()!);
    }

    [Theory]
    [InlineData("long-polling")]
    [InlineData("websocket")]
    public async Task The_client_receives_the_exact_payload_published_on_its_callback_channel(string transport)
    {
        var (device, clientId) = await Subscribed(transport);
        await using var _ = device;
        const string dialog = """{"_id":"abc","_action":"ConfirmationDialog","_dialog_id":"0","_text":"An agent is available","_ok_title":"Ok","nested":{"list":[1,2.5,"x",null,true]}}""";

        await Polling.WaitFor(() => _host.Sessions.Find(clientId)?.IsHeld == true, "the client's connect to be held", Patience);
        Assert.Equal(1, _host.Publisher.Publish(Channel, JsonDocument.Parse(dialog).RootElement));

        var message = await device.Next("message", Patience);
        Assert.Equal(Channel, message.GetProperty("channel").GetString());
        Assert.Equal(dialog, message.GetProperty("data").GetRawText());
    }

    [Theory]
    [InlineData("long-polling")]
    [InlineData("websocket")]
    public async Task A_message_published_while_the_client_was_away_arrives_when_it_reconnects(string transport)
    {
        var (device, clientId) = await Subscribed(transport);
        await using var _ = device;

        // The connection breaks, and the client's retry is held back, as on a device that lost its network.
        await device.Send("pause");
        await device.Next("paused", Patience);
        await Polling.WaitFor(() => _host.Sessions.Find(clientId) is { IsHeld: false }, "the server to let the broken connect go", Patience);
        Assert.Equal(1, _host.Publisher.Publish(Channel, JsonDocument.Parse("""{"n":1}""").RootElement));
        Assert.Equal(1, _host.Publisher.Publish(Channel, JsonDocument.Parse("""{"n":2}""").RootElement));
        await device.Send("resume");

        Assert.Equal("""{"n":1}""", (await device.Next("message", Patience)).GetProperty("data").GetRawText());
        Assert.Equal("""{"n":2}""", (await device.Next("message", Patience)).GetProperty("data").GetRawText());
        // The same session carried on: no second handshake.
        Assert.NotNull(_host.Sessions.Find(clientId));
        Assert.Equal(1, _host.Sessions.Count);
    }

    [Theory]
    [InlineData("long-polling")]
    [InlineData("websocket")]
    public async Task The_client_keeps_its_session_across_held_connects_that_time_out(string transport)
    {
        var (device, clientId) = await Subscribed(transport);
        await using var _ = device;

        // Two whole holds pass with nothing to deliver; the client reconnects after each, on its own.
        for (var connects = 0; connects < 3; connects++)
            await device.Next("connect", TimeSpan.FromMilliseconds(CometKestrelHost.TimeoutMilliseconds) + Patience);

        Assert.Equal(1, _host.Publisher.Publish(Channel, JsonDocument.Parse("\"still here\"").RootElement));
        Assert.Equal("\"still here\"", (await device.Next("message", Patience)).GetProperty("data").GetRawText());
        Assert.NotNull(_host.Sessions.Find(clientId));
    }

    [Theory]
    [InlineData("long-polling")]
    [InlineData("websocket")]
    public async Task After_unsubscribing_the_client_receives_nothing_and_after_disconnecting_it_is_forgotten(string transport)
    {
        var (device, clientId) = await Subscribed(transport);
        await using var _ = device;

        await device.Send($"unsubscribe {Channel}");
        Assert.True((await device.Next("unsubscribed", Patience)).GetProperty("successful").GetBoolean());
        Assert.Equal(0, _host.Publisher.Publish(Channel, JsonDocument.Parse("1").RootElement));

        await device.Send("disconnect");
        Assert.True((await device.Next("disconnected", Patience)).GetProperty("successful").GetBoolean());
        Assert.Equal(0, await device.Exit(Patience));
        Assert.Null(_host.Sessions.Find(clientId));
        Assert.Equal(0, _host.Sessions.Count);
    }

    [Theory]
    [InlineData("long-polling")]
    [InlineData("websocket")]
    public async Task The_client_s_own_publishes_are_acknowledged_or_refused_as_the_channel_allows(string transport)
    {
        var (device, _) = await Subscribed(transport);
        await using var __ = device;
        await device.Send("subscribe /chat/*");
        await device.Next("subscribed", Patience);

        await device.Send("""publish /chat/room {"text":"hi"}""");
        Assert.True((await device.Next("published", Patience)).GetProperty("successful").GetBoolean());
        Assert.Equal("""{"text":"hi"}""", (await device.Next("message", Patience)).GetProperty("data").GetRawText());

        await device.Send($$"""publish {{Channel}} {"_action":"forged"}""");
        var refused = await device.Next("published", Patience);
        Assert.False(refused.GetProperty("successful").GetBoolean());
        Assert.Equal("403::Publish denied", refused.GetProperty("error").GetString());
    }
}
