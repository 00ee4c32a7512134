using System.Net;
using System.Text;
using System.Text.Json;
using Callback.Testing;
using Callback.Web.Push.Comet;
using Microsoft.Extensions.DependencyInjection;
using static Callback.Web.Tests.Push.Comet.BayeuxHttp;

namespace Callback.Web.Tests.Push.Comet;

/// <summary>A device's long poll on <c>/genesys/cometd</c>, in raw Bayeux JSON through the real HTTP pipeline.</summary>
public sealed class Comet_long_polling_Specs : IDisposable
{
    const string Channel = "/_genesys/callback/abc";
    static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    readonly GenesysApiHost _host = new();
    readonly BayeuxHttp _bayeux;

    public Comet_long_polling_Specs() => _bayeux = new BayeuxHttp(_host.CreateClient());

    ICometPublisher Publisher => _host.Services.GetRequiredService<ICometPublisher>();

    CometSessions Sessions => _host.Services.GetRequiredService<CometSessions>();

    static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement;

    [Fact]
    public async Task A_handshake_is_answered_with_a_client_id_the_transports_and_the_advice()
    {
        var reply = Assert.Single(await _bayeux.Post(
            """[{"channel":"/meta/handshake","version":"1.0","minimumVersion":"1.0","supportedConnectionTypes":["websocket","long-polling"],"advice":{"timeout":60000,"interval":0},"id":"1"}]""",
            Url + "/handshake"));

        Assert.Equal("/meta/handshake", reply.GetProperty("channel").GetString());
        Assert.Equal("1", reply.GetProperty("id").GetString());
        Assert.True(reply.GetProperty("successful").GetBoolean());
        Assert.Equal("1.0", reply.GetProperty("version").GetString());
        Assert.NotEmpty(reply.GetProperty("clientId").GetString()!);
        Assert.Equal(["websocket", "long-polling"], reply.GetProperty("supportedConnectionTypes").EnumerateArray().Select(type => type.GetString()));
        Assert.Equal("""{"reconnect":"retry","interval":0,"timeout":25000,"maxInterval":10000}""", reply.GetProperty("advice").GetRawText());
    }

    [Fact]
    public async Task A_message_published_while_a_connect_is_held_is_in_its_reply()
    {
        var clientId = await _bayeux.Subscribed(Channel);
        var connect = _bayeux.Connect(clientId);
        await Polling.WaitFor(() => Sessions.Find(clientId)?.IsHeld == true, "the connect to be held", Patience);

        Assert.Equal(1, Publisher.Publish(Channel, Json("""{"_id":"abc","_action":"ConfirmationDialog","_text":"Hello","n":1.50}""")));

        var replies = await connect.WaitAsync(Patience);
        Assert.Equal(["""{"_id":"abc","_action":"ConfirmationDialog","_text":"Hello","n":1.50}"""], Data(replies));
        Assert.Equal(Channel, replies[0].GetProperty("channel").GetString());
        var reply = Reply(replies, "/meta/connect");
        Assert.True(reply.GetProperty("successful").GetBoolean());
        Assert.Equal("retry", reply.GetProperty("advice").GetProperty("reconnect").GetString());
    }

    [Fact]
    public async Task A_message_published_while_the_client_was_away_arrives_when_it_reconnects()
    {
        var clientId = await _bayeux.Subscribed(Channel);
        await _bayeux.Connect(clientId, timeout: 0);

        _host.Clock.Advance(TimeSpan.FromSeconds(30));
        Publisher.Publish(Channel, Json("\"first\""));
        Publisher.Publish(Channel, Json("\"second\""));

        Assert.Equal(["\"first\"", "\"second\""], Data(await _bayeux.Connect(clientId)));
    }

    [Fact]
    public async Task A_held_connect_with_nothing_to_deliver_is_answered_when_the_timeout_passes()
    {
        var clientId = await _bayeux.Subscribed(Channel);
        var connect = _bayeux.Connect(clientId);
        await Polling.WaitFor(() => Sessions.Find(clientId)?.IsHeld == true, "the connect to be held", Patience);

        _host.Clock.Advance(TimeSpan.FromSeconds(25));

        var reply = Assert.Single(await connect.WaitAsync(Patience));
        Assert.Equal("/meta/connect", reply.GetProperty("channel").GetString());
        Assert.True(reply.GetProperty("successful").GetBoolean());
    }

    [Fact]
    public async Task A_second_connect_releases_the_held_one()
    {
        var clientId = await _bayeux.Subscribed(Channel);
        var first = _bayeux.Connect(clientId);
        await Polling.WaitFor(() => Sessions.Find(clientId)?.IsHeld == true, "the connect to be held", Patience);

        var second = _bayeux.Connect(clientId);

        Assert.True(Reply(await first.WaitAsync(Patience), "/meta/connect").GetProperty("successful").GetBoolean());
        await Polling.WaitFor(() => Sessions.Find(clientId)?.IsHeld == true, "the second connect to be held", Patience);
        Publisher.Publish(Channel, Json("1"));
        Assert.Equal(["1"], Data(await second.WaitAsync(Patience)));
    }

    [Fact]
    public async Task A_connect_from_an_unknown_client_is_told_to_handshake_again()
    {
        var reply = Assert.Single(await _bayeux.Connect("no-such-client"));

        Assert.False(reply.GetProperty("successful").GetBoolean());
        Assert.Equal("402::Unknown client", reply.GetProperty("error").GetString());
        Assert.Equal("handshake", reply.GetProperty("advice").GetProperty("reconnect").GetString());
    }

    [Fact]
    public async Task A_client_that_stays_away_longer_than_timeout_plus_max_interval_is_forgotten()
    {
        var clientId = await _bayeux.Subscribed(Channel);

        _host.Clock.Advance(TimeSpan.FromSeconds(25 + 10 + 2));

        Assert.Equal(0, Publisher.Publish(Channel, Json("1")));
        Assert.Equal("402::Unknown client", Assert.Single(await _bayeux.Connect(clientId)).GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_client_that_disconnects_is_forgotten_and_its_held_connect_answered()
    {
        var clientId = await _bayeux.Subscribed(Channel);
        var connect = _bayeux.Connect(clientId);
        await Polling.WaitFor(() => Sessions.Find(clientId)?.IsHeld == true, "the connect to be held", Patience);

        var reply = Assert.Single(await _bayeux.Post($$"""[{"channel":"/meta/disconnect","clientId":"{{clientId}}","id":"9"}]""", Url + "/disconnect"));

        Assert.True(reply.GetProperty("successful").GetBoolean());
        Assert.Equal("402::Unknown client", Assert.Single(await connect.WaitAsync(Patience)).GetProperty("error").GetString());
        Assert.Equal(0, Publisher.Publish(Channel, Json("1")));
    }

    [Fact]
    public async Task Several_messages_in_one_post_are_answered_in_order()
    {
        var clientId = await _bayeux.Handshake();

        var replies = await _bayeux.Post($$"""
            [{"channel":"/meta/subscribe","subscription":"/chat/room","clientId":"{{clientId}}","id":"2"},
             {"channel":"/chat/room","data":{"text":"hi"},"clientId":"{{clientId}}","id":"3"},
             {"channel":"/meta/unsubscribe","subscription":"/chat/room","clientId":"{{clientId}}","id":"4"},
             {"channel":"/chat/room","data":{"text":"unheard"},"clientId":"{{clientId}}","id":"5"}]
            """, Url + "/");

        Assert.Equal(["2", "3", "4", "5"], replies.Select(reply => reply.GetProperty("id").GetString()));
        Assert.All(replies, reply => Assert.True(reply.GetProperty("successful").GetBoolean()));
        Assert.All(replies, reply => Assert.False(reply.TryGetProperty("data", out _)));
        Assert.Equal("/chat/room", replies[0].GetProperty("subscription").GetString());
        Assert.Equal(["""{"text":"hi"}"""], Data(await _bayeux.Connect(clientId)));
    }

    [Fact]
    public async Task A_single_message_object_and_the_form_of_early_clients_are_accepted()
    {
        var reply = Assert.Single(await _bayeux.Post("""{"channel":"/meta/handshake","version":"1.0","supportedConnectionTypes":["long-polling"]}"""));
        Assert.True(reply.GetProperty("successful").GetBoolean());

        using var form = new FormUrlEncodedContent([new("message", """[{"channel":"/meta/handshake","version":"1.0"}]""")]);
        using var response = await _host.CreateClient().PostAsync(Url, form);
        var formReply = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement[0];
        Assert.True(formReply.GetProperty("successful").GetBoolean());
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("42")]
    public async Task A_body_that_is_not_Bayeux_JSON_is_a_bad_request(string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await _host.CreateClient().PostAsync(Url, content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_message_without_a_channel_is_answered_unsuccessful()
    {
        var reply = Assert.Single(await _bayeux.Post("""[{"id":"1"}]"""));

        Assert.False(reply.GetProperty("successful").GetBoolean());
        Assert.Equal("400::Invalid message", reply.GetProperty("error").GetString());
    }

    public void Dispose() => _host.Dispose();
}
