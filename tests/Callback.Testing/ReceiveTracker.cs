using System.Collections.Concurrent;
using System.Collections.Immutable;
using MassTransit;

namespace Callback.Testing;

/// <summary>
/// Knows which messages a receive endpoint has completely processed, and which endpoint did: consumed, the saga saved,
/// and what the transition published or scheduled handed to the transport. The harness's own lists record a message
/// earlier than that, too early to move time safely. One id can be processed by two endpoints: a scheduled message is
/// delivered under the id of the <c>ScheduleMessage</c> that brought it to the scheduler.
/// </summary>
public sealed class ReceiveTracker :
    IReceiveObserver
{
    readonly ConcurrentDictionary<Guid, ImmutableHashSet<Uri>> _done = new();

    public bool IsDone(Guid messageId) => _done.ContainsKey(messageId);

    /// <summary>The endpoints (by input address) that have completely processed a message with this id so far.</summary>
    public ImmutableHashSet<Uri> DoneBy(Guid messageId) => _done.TryGetValue(messageId, out var endpoints) ? endpoints : [];

    public Task PreReceive(ReceiveContext context) => Task.CompletedTask;

    public Task PostReceive(ReceiveContext context)
    {
        Done(context);
        return Task.CompletedTask;
    }

    public Task PostConsume<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType)
        where T : class => Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType, Exception exception)
        where T : class => Task.CompletedTask;

    public Task ReceiveFault(ReceiveContext context, Exception exception)
    {
        Done(context);
        return Task.CompletedTask;
    }

    void Done(ReceiveContext context)
    {
        if (context.GetMessageId() is { } id)
            _done.AddOrUpdate(id, _ => [context.InputAddress], (_, endpoints) => endpoints.Add(context.InputAddress));
    }
}
