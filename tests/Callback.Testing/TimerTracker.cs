using System.Collections.Concurrent;
using MassTransit;

namespace Callback.Testing;

/// <summary>
/// Remembers every message sent to a queue with a delay (the timers of the in-memory scheduler) and when, on the
/// test's clock, it falls due, so that moving time can wait for exactly the timers it made due. Delayed publishes
/// (a simulated adapter's later outcome) may have no consumer at all, so they are not waited for.
/// </summary>
public sealed class TimerTracker(TimeProvider clock) :
    ISendObserver,
    IPublishObserver
{
    readonly ConcurrentDictionary<Guid, DateTimeOffset> _due = new();
    readonly ConcurrentDictionary<Guid, bool> _published = new();

    public IReadOnlyList<Guid> DueBy(DateTimeOffset moment) => [.. _due.Where(t => t.Value <= moment).Select(t => t.Key)];

    public void Forget(Guid messageId) => _due.TryRemove(messageId, out _);

    public Task PrePublish<T>(PublishContext<T> context)
        where T : class
    {
        if (context.MessageId is { } id)
            _published[id] = true;
        return Task.CompletedTask;
    }

    public Task PreSend<T>(SendContext<T> context)
        where T : class
    {
        if (context is { Delay: { } delay, MessageId: { } id } && !_published.ContainsKey(id))
            _due[id] = clock.GetUtcNow() + delay;
        return Task.CompletedTask;
    }

    public Task PostPublish<T>(PublishContext<T> context)
        where T : class => Task.CompletedTask;

    public Task PublishFault<T>(PublishContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;

    public Task PostSend<T>(SendContext<T> context)
        where T : class => Task.CompletedTask;

    public Task SendFault<T>(SendContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;
}
