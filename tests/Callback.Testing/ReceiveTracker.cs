using System.Collections.Concurrent;
using MassTransit;

namespace Callback.Testing;

/// <summary>
/// Knows which messages a receive endpoint has completely processed: consumed, the saga saved, and what the
/// transition published or scheduled handed to the transport. The harness's own lists record a message earlier
/// than that, too early to move time safely.
/// </summary>
public sealed class ReceiveTracker :
    IReceiveObserver
{
    readonly ConcurrentDictionary<Guid, int> _done = new();

    public bool IsDone(Guid messageId) => _done.ContainsKey(messageId);

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
            _done.AddOrUpdate(id, 1, (_, n) => n + 1);
    }
}
