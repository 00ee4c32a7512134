using System.Net;
using System.Text;
using System.Text.Json;

namespace Callback.Web.Tests.Push.Comet;

/// <summary>Raw Bayeux JSON over the long-polling transport, as a device without a CometD library would send it.</summary>
public sealed class BayeuxHttp(HttpClient http)
{
    public const string Url = "/genesys/cometd";

    /// <summary>POSTs <paramref name="json"/> and returns the reply messages.</summary>
    public async Task<JsonElement[]> Post(string json, string path = Url)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(path, content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var replies = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(JsonValueKind.Array, replies.ValueKind);
        return [.. replies.EnumerateArray()];
    }

    public async Task<string> Handshake()
    {
        var reply = Assert.Single(await Post("""[{"channel":"/meta/handshake","version":"1.0","supportedConnectionTypes":["long-polling"],"id":"1"}]""", Url + "/handshake"));
        Assert.True(reply.GetProperty("successful").GetBoolean());
        return reply.GetProperty("clientId").GetString()!;
    }

    public async Task<string> Subscribed(string channel)
    {
        var clientId = await Handshake();
        var reply = Assert.Single(await Post($$"""[{"channel":"/meta/subscribe","subscription":"{{channel}}","clientId":"{{clientId}}","id":"2"}]"""));
        Assert.True(reply.GetProperty("successful").GetBoolean(), reply.ToString());
        return clientId;
    }

    /// <summary>A <c>/meta/connect</c>, held by the server until it has something or times out unless <paramref name="timeout"/> says otherwise.</summary>
    public Task<JsonElement[]> Connect(string clientId, int? timeout = null) =>
        Post($$"""[{"channel":"/meta/connect","connectionType":"long-polling","clientId":"{{clientId}}","id":"3"{{(timeout is { } t ? $$""","advice":{"timeout":{{t}}}""" : "")}}}]""", Url + "/connect");

    public static JsonElement Reply(IEnumerable<JsonElement> messages, string channel) =>
        Assert.Single(messages, message => message.GetProperty("channel").GetString() == channel && !message.TryGetProperty("data", out _));

    public static string[] Data(IEnumerable<JsonElement> messages) =>
        [.. messages.Where(message => message.TryGetProperty("data", out _)).Select(message => message.GetProperty("data").GetRawText())];
}
