using System.Text.Json;
using System.Text.Json.Nodes;

namespace Callback.Web.Push.Comet;

/// <summary>
/// Answers a batch of Bayeux messages as one transport received them (a long-polling POST, a WebSocket frame), in
/// order, whatever the transport: the meta channels, and publishes from clients. Messages delivered by a
/// <c>/meta/connect</c> come before its reply, as CometD sends them.
/// </summary>
public sealed class BayeuxServer(CometSessions sessions, CometOptions options, TimeProvider time)
{
    public const string Version = "1.0";

    /// <summary>
    /// The replies to <paramref name="batch"/>. A connect may be held here until a message comes or its timeout passes;
    /// when <paramref name="aborted"/> fires meanwhile, the caller must not answer (there is nobody to read it).
    /// </summary>
    public async Task<IReadOnlyList<JsonObject>> Handle(IReadOnlyList<JsonElement> batch, string transport, CancellationToken aborted)
    {
        var replies = new List<JsonObject>(batch.Count);
        foreach (var element in batch)
        {
            if (BayeuxMessage.Read(element) is not { } message || message.Channel is null)
            {
                replies.Add(BayeuxReply.Failure(null, BayeuxError.InvalidMessage));
                continue;
            }

            switch (message.Channel)
            {
                case BayeuxChannel.Handshake:
                    replies.Add(Handshake(message));
                    break;
                case BayeuxChannel.Connect:
                    replies.AddRange(await Connect(message, transport, aborted));
                    break;
                case BayeuxChannel.Subscribe:
                    replies.Add(Subscribe(message));
                    break;
                case BayeuxChannel.Unsubscribe:
                    replies.Add(Unsubscribe(message));
                    break;
                case BayeuxChannel.Disconnect:
                    replies.Add(Disconnect(message));
                    break;
                case var channel when BayeuxChannel.IsMeta(channel):
                    replies.Add(BayeuxReply.Failure(message, BayeuxError.UnknownMetaChannel));
                    break;
                default:
                    replies.Add(Publish(message));
                    break;
            }
        }
        return replies;
    }

    JsonObject Handshake(BayeuxMessage message)
    {
        if (message.SupportedConnectionTypes is { } offered && !offered.Any(BayeuxTransport.IsSupported))
            return BayeuxReply.Failure(message, BayeuxError.UnsupportedConnectionType, BayeuxAdvice.None());

        if (sessions.Create() is not { } session)
            return BayeuxReply.Failure(message, BayeuxError.TooManyClients, BayeuxAdvice.Handshake(options.MaxInterval));

        var reply = BayeuxReply.Success(message, session.Id);
        reply["version"] = Version;
        reply["supportedConnectionTypes"] = new JsonArray([.. BayeuxTransport.Supported.Select(type => JsonValue.Create(type))]);
        reply["advice"] = BayeuxAdvice.Retry(options);
        return reply;
    }

    async Task<IReadOnlyList<JsonObject>> Connect(BayeuxMessage message, string transport, CancellationToken aborted)
    {
        if (sessions.Find(message.ClientId) is not { } session)
            return [BayeuxReply.UnknownClient(message)];
        if (message.ConnectionType is { } type && !BayeuxTransport.IsSupported(type))
            return [BayeuxReply.Failure(message, BayeuxError.UnsupportedConnectionType, BayeuxAdvice.Handshake())];

        var hold = message.AdviceTimeout is { } asked && asked < options.Timeout ? asked : options.Timeout;
        var result = await session.Connect(hold, time, aborted);
        switch (result.End)
        {
            case ConnectEnd.Aborted:
                return [];
            case ConnectEnd.Gone:
                return [BayeuxReply.UnknownClient(message)];
            default:
                var reply = BayeuxReply.Success(message);
                reply["advice"] = BayeuxAdvice.Retry(options);
                return [.. result.Messages.Select(delivery => delivery.ToJson()), reply];
        }
    }

    JsonObject Subscribe(BayeuxMessage message)
    {
        if (sessions.Find(message.ClientId) is not { } session)
            return BayeuxReply.UnknownClient(message);
        session.Seen(time.GetUtcNow());

        if (message.Subscriptions is not { Count: > 0 } subscriptions)
            return BayeuxReply.WithSubscription(BayeuxReply.Failure(message, BayeuxError.MissingSubscription), message);
        foreach (var subscription in subscriptions)
        {
            if (!BayeuxChannel.IsValid(subscription))
                return BayeuxReply.WithSubscription(BayeuxReply.Failure(message, BayeuxError.InvalidSubscription), message);
            // A device's channel name is its only credential: a wildcard over the push namespace would read every device's dialogs.
            if (BayeuxChannel.IsMeta(subscription) || (BayeuxChannel.IsWildcard(subscription) && BayeuxChannel.ReachesGenesys(subscription)))
                return BayeuxReply.WithSubscription(BayeuxReply.Failure(message, BayeuxError.SubscribeDenied), message);
        }

        // Service channels are never broadcast, so subscribing to one succeeds and records nothing.
        foreach (var subscription in subscriptions.Where(subscription => !BayeuxChannel.IsService(subscription)))
            sessions.Subscribe(session, subscription);
        return BayeuxReply.WithSubscription(BayeuxReply.Success(message), message);
    }

    JsonObject Unsubscribe(BayeuxMessage message)
    {
        if (sessions.Find(message.ClientId) is not { } session)
            return BayeuxReply.UnknownClient(message);
        session.Seen(time.GetUtcNow());

        if (message.Subscriptions is not { Count: > 0 } subscriptions)
            return BayeuxReply.WithSubscription(BayeuxReply.Failure(message, BayeuxError.MissingSubscription), message);
        if (!subscriptions.All(BayeuxChannel.IsValid))
            return BayeuxReply.WithSubscription(BayeuxReply.Failure(message, BayeuxError.InvalidSubscription), message);

        foreach (var subscription in subscriptions)
            sessions.Unsubscribe(session, subscription);
        return BayeuxReply.WithSubscription(BayeuxReply.Success(message), message);
    }

    JsonObject Disconnect(BayeuxMessage message)
    {
        if (sessions.Find(message.ClientId) is not { } session)
            return BayeuxReply.Failure(message, BayeuxError.UnknownClient, BayeuxAdvice.None());
        sessions.Remove(session);
        return BayeuxReply.Success(message);
    }

    JsonObject Publish(BayeuxMessage message)
    {
        var channel = message.Channel!;
        if (!BayeuxChannel.IsValid(channel) || BayeuxChannel.IsWildcard(channel))
            return BayeuxReply.Failure(message, BayeuxError.InvalidChannel);
        if (sessions.Find(message.ClientId) is not { } session)
            return BayeuxReply.UnknownClient(message);
        session.Seen(time.GetUtcNow());

        if (message.Data is not { } data)
            return BayeuxReply.Failure(message, BayeuxError.InvalidMessage);
        // Devices only receive there: a client publishing could show another device a dialog of its making.
        if (BayeuxChannel.ReachesGenesys(channel))
            return BayeuxReply.Failure(message, BayeuxError.PublishDenied);

        // Service channels are requests to the server, which has no service of its own; they are acknowledged, not broadcast.
        if (!BayeuxChannel.IsService(channel))
            sessions.Deliver(new CometDelivery(channel, data));
        return BayeuxReply.Success(message);
    }
}
