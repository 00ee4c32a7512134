using System.Collections.Concurrent;
using MassTransit;

namespace Callback.Testing;

/// <summary>
/// Remembers every message sent to a queue with a delay (the timers of the in-memory scheduler) and when, on the test's
/// clock, it falls due, so that moving time can wait for exactly the timers it made due.
/// </summary>
public sealed class TimerTracker(TimeProvider clock) :
    ISendObserver
{
    readonly ConcurrentDictionary<Guid, DateTimeOffset> _due = new();

    public IReadOnlyList<Guid> DueBy(DateTimeOffset moment) => [.. _due.Where(t => t.Value <= moment).Select(t => t.Key)];

    public void Forget(Guid messageId) => _due.TryRemove(messageId, out _);

    public Task PreSend<T>(SendContext<T> context)
        where T : class
    {
        // Delayed publishes (a simulated adapter's later outcome) may have no consumer at all, so they are not waited for.
        if (context is not PublishContext && context is { Delay: { } delay, MessageId: { } id })
            _due[id] = clock.GetUtcNow() + delay;
        return Task.CompletedTask;
    }

    public Task PostSend<T>(SendContext<T> context)
        where T : class => Task.CompletedTask;

    public Task SendFault<T>(SendContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;
}
