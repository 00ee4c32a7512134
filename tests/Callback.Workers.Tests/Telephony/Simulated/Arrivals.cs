using System.Collections.Concurrent;

namespace Callback.Workers.Tests.Telephony.Simulated;

/// <summary>Every event the adapters' listener received, oldest first.</summary>
sealed class Arrivals
{
    readonly ConcurrentQueue<Arrival<object>> _all = new();

    public void Add(object message, DateTimeOffset at) => _all.Enqueue(new Arrival<object>(message, at));

    public IReadOnlyList<Arrival<T>> Of<T>(Func<T, bool> match) =>
        _all.Where(a => a.Message is T message && match(message))
            .Select(a => new Arrival<T>((T)a.Message, a.At))
            .ToList();
}
