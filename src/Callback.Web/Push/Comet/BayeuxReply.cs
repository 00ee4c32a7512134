using System.Text.Json;
using System.Text.Json.Nodes;

namespace Callback.Web.Push.Comet;

/// <summary>
/// The replies to a client's messages: the same channel and <c>id</c>, <c>successful</c>, and on failure the
/// <c>error</c> and, where the client must act, the <c>advice</c>. A reply has no <c>data</c>: that is how the CometD
/// client tells the reply to a publish from a message delivered to it.
/// </summary>
public static class BayeuxReply
{
    public static JsonObject Success(BayeuxMessage message, string? clientId = null)
    {
        var reply = Start(message, clientId);
        reply["successful"] = true;
        return reply;
    }

    public static JsonObject Failure(BayeuxMessage? message, string error, JsonObject? advice = null)
    {
        var reply = Start(message, null);
        reply["successful"] = false;
        reply["error"] = error;
        if (advice is not null)
            reply["advice"] = advice;
        return reply;
    }

    /// <summary>The client is not known here (never, or no longer): it must handshake again.</summary>
    public static JsonObject UnknownClient(BayeuxMessage message) =>
        WithSubscription(Failure(message, BayeuxError.UnknownClient, BayeuxAdvice.Handshake()), message);

    /// <summary>Subscribe and unsubscribe replies name the subscription as the client sent it.</summary>
    public static JsonObject WithSubscription(JsonObject reply, BayeuxMessage message)
    {
        if (message.SubscriptionField is { } subscription)
            reply["subscription"] = JsonSerializer.SerializeToNode(subscription);
        return reply;
    }

    static JsonObject Start(BayeuxMessage? message, string? clientId)
    {
        var reply = new JsonObject();
        if (message?.Channel is { } channel)
            reply["channel"] = channel;
        if (message?.Id is { } id)
            reply["id"] = JsonSerializer.SerializeToNode(id);
        if ((clientId ?? message?.ClientId) is { } client)
            reply["clientId"] = client;
        return reply;
    }
}
