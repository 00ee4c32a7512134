using System.Text.Json;
using Callback.Web.Push.Comet;
using Microsoft.Extensions.DependencyInjection;
using static Callback.Web.Tests.Push.Comet.BayeuxHttp;

namespace Callback.Web.Tests.Push.Comet;

/// <summary>
/// What clients may do on which channels: devices only receive on <c>/_genesys/**</c>, and no wildcard lets one
/// device read another's pushes; elsewhere Bayeux's publish and subscribe rules hold.
/// </summary>
public sealed class Comet_channel_rules_Specs : IDisposable
{
    readonly GenesysApiHost _host = new();
    readonly BayeuxHttp _bayeux;

    public Comet_channel_rules_Specs() => _bayeux = new BayeuxHttp(_host.CreateClient());

    async Task<JsonElement> Send(string clientId, string message) =>
        Assert.Single(await _bayeux.Post($"[{message.Replace("CLIENT", clientId, StringComparison.Ordinal)}]"));

    [Theory]
    [InlineData("/_genesys/callback/abc")]
    [InlineData("/_genesys/callback/abc/x")]
    [InlineData("/_genesys")]
    public async Task A_client_may_not_publish_where_devices_receive_pushes(string channel)
    {
        var clientId = await _bayeux.Subscribed("/_genesys/callback/abc");

        var reply = await Send(clientId, $$"""{"channel":"{{channel}}","data":{"_action":"ConfirmationDialog"},"clientId":"CLIENT","id":"7"}""");

        Assert.False(reply.GetProperty("successful").GetBoolean());
        Assert.Equal("403::Publish denied", reply.GetProperty("error").GetString());
        Assert.Equal("7", reply.GetProperty("id").GetString());
        Assert.Empty(Data(await _bayeux.Connect(clientId, timeout: 0)));
    }

    [Theory]
    [InlineData("/_genesys/callback/*")]
    [InlineData("/_genesys/**")]
    [InlineData("/**")]
    [InlineData("/*")]
    [InlineData("/meta/connect")]
    public async Task A_subscription_that_would_read_other_devices_pushes_or_meta_messages_is_denied(string subscription)
    {
        var clientId = await _bayeux.Handshake();

        var reply = await Send(clientId, $$"""{"channel":"/meta/subscribe","subscription":"{{subscription}}","clientId":"CLIENT","id":"2"}""");

        Assert.False(reply.GetProperty("successful").GetBoolean());
        Assert.Equal("403::Subscribe denied", reply.GetProperty("error").GetString());
        Assert.Equal(subscription, reply.GetProperty("subscription").GetString());
        Assert.Equal(0, _host.Services.GetRequiredService<ICometPublisher>().Publish("/_genesys/callback/abc", JsonDocument.Parse("1").RootElement));
    }

    [Fact]
    public async Task Wildcards_elsewhere_receive_what_clients_publish_below_them()
    {
        var listener = await _bayeux.Handshake();
        var talker = await _bayeux.Handshake();
        await Send(listener, """{"channel":"/meta/subscribe","subscription":["/chat/*","/news/**"],"clientId":"CLIENT","id":"2"}""");

        foreach (var channel in new[] { "/chat/room", "/chat/room/deeper", "/news/world/today" })
            Assert.True((await Send(talker, $$"""{"channel":"{{channel}}","data":"{{channel}}","clientId":"CLIENT"}""")).GetProperty("successful").GetBoolean());

        Assert.Equal(["\"/chat/room\"", "\"/news/world/today\""], Data(await _bayeux.Connect(listener, timeout: 0)));
    }

    [Fact]
    public async Task Service_channels_are_acknowledged_and_never_broadcast()
    {
        var clientId = await _bayeux.Handshake();
        Assert.True((await Send(clientId, """{"channel":"/meta/subscribe","subscription":"/service/echo","clientId":"CLIENT"}""")).GetProperty("successful").GetBoolean());

        var reply = await Send(clientId, """{"channel":"/service/echo","data":{},"clientId":"CLIENT","id":"5"}""");

        Assert.True(reply.GetProperty("successful").GetBoolean());
        Assert.Empty(Data(await _bayeux.Connect(clientId, timeout: 0)));
    }

    [Theory]
    [InlineData("""{"channel":"/chat/*","data":{},"clientId":"CLIENT"}""", "400::Invalid channel")]
    [InlineData("""{"channel":"/meta/whatever","clientId":"CLIENT"}""", "400::Unknown meta channel")]
    [InlineData("""{"channel":"/meta/subscribe","clientId":"CLIENT"}""", "400::Missing subscription")]
    [InlineData("""{"channel":"/meta/subscribe","subscription":"/a/**/b","clientId":"CLIENT"}""", "400::Invalid subscription")]
    [InlineData("""{"channel":"/chat/room","data":{},"clientId":"someone-else"}""", "402::Unknown client")]
    [InlineData("""{"channel":"/meta/subscribe","subscription":"/chat/room","clientId":"someone-else"}""", "402::Unknown client")]
    public async Task A_message_the_server_cannot_act_on_is_answered_unsuccessful_with_its_reason(string message, string error)
    {
        var clientId = await _bayeux.Handshake();

        var reply = await Send(clientId, message);

        Assert.False(reply.GetProperty("successful").GetBoolean());
        Assert.Equal(error, reply.GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_handshake_offering_only_transports_the_server_lacks_is_refused()
    {
        var reply = Assert.Single(await _bayeux.Post("""[{"channel":"/meta/handshake","version":"1.0","supportedConnectionTypes":["callback-polling"]}]"""));

        Assert.False(reply.GetProperty("successful").GetBoolean());
        Assert.Equal("none", reply.GetProperty("advice").GetProperty("reconnect").GetString());
    }

    public void Dispose() => _host.Dispose();
}
