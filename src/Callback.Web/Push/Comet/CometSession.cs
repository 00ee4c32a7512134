namespace Callback.Web.Push.Comet;

/// <summary>
/// One Bayeux client of this instance: what it subscribes to, the messages waiting for it in order, and the
/// <c>/meta/connect</c> it has held here, if any. A held connect is a task completed by whatever ends it (a message,
/// the hold timing out, a newer connect, the client leaving, the request going away), so no thread waits for it.
/// </summary>
public sealed class CometSession
{
    readonly Lock _gate = new();
    readonly Queue<CometDelivery> _queue = new();
    readonly HashSet<string> _subscriptions = new(StringComparer.Ordinal);
    readonly int _maxQueue;
    TaskCompletionSource<PollEnd>? _held;
    DateTimeOffset _lastSeen;
    bool _removed;

    public CometSession(string id, int maxQueue, DateTimeOffset now)
    {
        Id = id;
        _maxQueue = maxQueue;
        _lastSeen = now;
    }

    public string Id { get; }

    /// <summary>Messages dropped because the queue was full: the client stayed away while more than it holds arrived.</summary>
    public long Dropped { get; private set; }

    public bool IsRemoved
    {
        get { lock (_gate) return _removed; }
    }

    /// <summary>Whether a connect of this client is held here now, waiting for a message.</summary>
    public bool IsHeld
    {
        get { lock (_gate) return _held is not null; }
    }

    public IReadOnlyCollection<string> Subscriptions
    {
        get { lock (_gate) return [.. _subscriptions]; }
    }

    public int Queued
    {
        get { lock (_gate) return _queue.Count; }
    }

    /// <summary>Any message from the client proves it alive.</summary>
    public void Seen(DateTimeOffset now)
    {
        lock (_gate)
            _lastSeen = now;
    }

    /// <summary>Whether the client has had no connect held and sent nothing for longer than <paramref name="expiry"/>.</summary>
    public bool HasExpired(DateTimeOffset now, TimeSpan expiry)
    {
        lock (_gate)
            return !_removed && _held is null && now - _lastSeen > expiry;
    }

    /// <summary>Queues a message and wakes the held connect; false once the client is gone.</summary>
    public bool Enqueue(CometDelivery delivery, out bool droppedOldest)
    {
        lock (_gate)
        {
            droppedOldest = false;
            if (_removed)
                return false;
            if (_queue.Count >= _maxQueue)
            {
                _queue.Dequeue();
                Dropped++;
                droppedOldest = true;
            }
            _queue.Enqueue(delivery);
            _held?.TrySetResult(PollEnd.Message);
            return true;
        }
    }

    /// <summary>Records a subscription; false once the client is gone.</summary>
    public bool AddSubscription(string subscription)
    {
        lock (_gate)
        {
            if (_removed)
                return false;
            _subscriptions.Add(subscription);
            return true;
        }
    }

    public void RemoveSubscription(string subscription)
    {
        lock (_gate)
            _subscriptions.Remove(subscription);
    }

    /// <summary>Marks the client gone, ends its held connect and returns its subscriptions, for the index to forget.</summary>
    public IReadOnlyCollection<string> Remove()
    {
        lock (_gate)
        {
            _removed = true;
            _held?.TrySetResult(PollEnd.Removed);
            _queue.Clear();
            string[] subscriptions = [.. _subscriptions];
            _subscriptions.Clear();
            return subscriptions;
        }
    }

    /// <summary>
    /// A <c>/meta/connect</c>: answers at once with what is queued, or holds until a message comes or <paramref name="hold"/>
    /// passes. A connect held before is released first, empty, as CometD does, so a client that reconnects over a
    /// new connection leaks nothing. When <paramref name="aborted"/> fires the queue is left for the next connect:
    /// nothing goes into a response that nobody reads.
    /// </summary>
    public async Task<ConnectResult> Connect(TimeSpan hold, TimeProvider time, CancellationToken aborted)
    {
        TaskCompletionSource<PollEnd> held;
        lock (_gate)
        {
            if (_removed)
                return ConnectResult.Gone;
            _held?.TrySetResult(PollEnd.Superseded);
            _held = null;
            _lastSeen = time.GetUtcNow();
            if (_queue.Count > 0 || hold <= TimeSpan.Zero)
                return ConnectResult.With(Drain());
            // Continuations run elsewhere, not inside Enqueue's lock on the publisher's thread.
            held = _held = new TaskCompletionSource<PollEnd>(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        using (var timeout = new CancellationTokenSource(hold, time))
        using (timeout.Token.Register(() => held.TrySetResult(PollEnd.Timeout)))
        using (aborted.Register(() => held.TrySetResult(PollEnd.Aborted)))
        {
            var end = await held.Task;
            lock (_gate)
            {
                if (ReferenceEquals(_held, held))
                    _held = null;
                _lastSeen = time.GetUtcNow();
                return end switch
                {
                    PollEnd.Removed => ConnectResult.Gone,
                    PollEnd.Superseded => ConnectResult.Superseded,
                    PollEnd.Aborted => ConnectResult.Aborted,
                    _ => ConnectResult.With(Drain()),
                };
            }
        }
    }

    List<CometDelivery> Drain()
    {
        var messages = new List<CometDelivery>(_queue);
        _queue.Clear();
        return messages;
    }

    enum PollEnd { Message, Timeout, Superseded, Removed, Aborted }
}
