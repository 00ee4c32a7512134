namespace Callback.Web.Push.Comet;

/// <summary>
/// Which clients subscribe to each channel or wildcard, so that a publish looks up the few names that can match
/// (<see cref="BayeuxChannel.MatchingSubscriptions"/>) instead of asking every client.
/// </summary>
public sealed class SubscriptionIndex
{
    readonly Lock _gate = new();
    readonly Dictionary<string, HashSet<CometSession>> _bySubscription = new(StringComparer.Ordinal);

    public void Add(string subscription, CometSession session)
    {
        lock (_gate)
        {
            if (!_bySubscription.TryGetValue(subscription, out var sessions))
                _bySubscription[subscription] = sessions = [];
            sessions.Add(session);
        }
    }

    public void Remove(string subscription, CometSession session)
    {
        lock (_gate)
        {
            if (_bySubscription.TryGetValue(subscription, out var sessions) && sessions.Remove(session) && sessions.Count == 0)
                _bySubscription.Remove(subscription);
        }
    }

    /// <summary>Each client that receives a message on <paramref name="channel"/>, once even when several of its subscriptions match.</summary>
    public IReadOnlyCollection<CometSession> Subscribers(string channel)
    {
        var found = new HashSet<CometSession>();
        lock (_gate)
        {
            foreach (var subscription in BayeuxChannel.MatchingSubscriptions(channel))
                if (_bySubscription.TryGetValue(subscription, out var sessions))
                    found.UnionWith(sessions);
        }
        return found;
    }

    /// <summary>How many channels and wildcards have subscribers; an index that only grows would be a leak.</summary>
    public int Count
    {
        get { lock (_gate) return _bySubscription.Count; }
    }
}
