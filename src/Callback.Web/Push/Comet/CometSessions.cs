using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;

namespace Callback.Web.Push.Comet;

/// <summary>
/// The Bayeux clients of this instance and what they subscribe to. Publishing here reaches only them: client state
/// lives in the instance that handshook it, which is why a load balancer must keep a client on one instance.
/// </summary>
public sealed class CometSessions(CometOptions options, TimeProvider time, ILogger<CometSessions> log) : ICometPublisher
{
    readonly ConcurrentDictionary<string, CometSession> _sessions = new(StringComparer.Ordinal);
    readonly SubscriptionIndex _index = new();
    int _count;

    public int Count => Volatile.Read(ref _count);

    public int SubscribedChannels => _index.Count;

    /// <summary>A new client, or null when the instance already keeps <see cref="CometOptions.MaxClients"/>.</summary>
    public CometSession? Create()
    {
        if (Interlocked.Increment(ref _count) > options.MaxClients)
        {
            Interlocked.Decrement(ref _count);
            log.LogWarning("CometD handshake refused: {MaxClients} clients already", options.MaxClients);
            return null;
        }
        // Unguessable, since knowing a client id is enough to read its messages.
        var session = new CometSession(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), options.MaxQueue, time.GetUtcNow());
        _sessions[session.Id] = session;
        return session;
    }

    public CometSession? Find(string? clientId) =>
        clientId is not null && _sessions.TryGetValue(clientId, out var session) && !session.IsRemoved ? session : null;

    public void Remove(CometSession session)
    {
        if (!_sessions.TryRemove(new KeyValuePair<string, CometSession>(session.Id, session)))
            return;
        Interlocked.Decrement(ref _count);
        foreach (var subscription in session.Remove())
            _index.Remove(subscription, session);
    }

    public void Subscribe(CometSession session, string subscription)
    {
        if (!session.AddSubscription(subscription))
            return;
        _index.Add(subscription, session);
        // A removal between the two steps saw the subscription and may have run before the index had it.
        if (session.IsRemoved)
            _index.Remove(subscription, session);
    }

    public void Unsubscribe(CometSession session, string subscription)
    {
        session.RemoveSubscription(subscription);
        _index.Remove(subscription, session);
    }

    /// <summary>Forgets the clients that have stayed away longer than <see cref="CometOptions.Expiry"/>; returns how many.</summary>
    public int RemoveExpired()
    {
        var now = time.GetUtcNow();
        var removed = 0;
        foreach (var session in _sessions.Values)
        {
            if (!session.HasExpired(now, options.Expiry))
                continue;
            var undelivered = session.Queued;
            Remove(session);
            removed++;
            if (undelivered > 0 && log.IsEnabled(LogLevel.Information))
                log.LogInformation("CometD client {ClientId} expired with {Undelivered} messages undelivered", session.Id, undelivered);
        }
        return removed;
    }

    public int Publish(string channel, JsonElement data) => Deliver(new CometDelivery(channel, data.Clone()));

    /// <summary>Queues <paramref name="delivery"/> for each subscriber of its channel and wakes their held connects.</summary>
    public int Deliver(CometDelivery delivery)
    {
        var queued = 0;
        foreach (var session in _index.Subscribers(delivery.Channel))
        {
            if (!session.Enqueue(delivery, out var droppedOldest))
                continue;
            queued++;
            if (droppedOldest && log.IsEnabled(LogLevel.Warning))
                log.LogWarning("CometD client {ClientId} queue full ({MaxQueue}): its oldest message was dropped", session.Id, options.MaxQueue);
        }
        return queued;
    }
}
