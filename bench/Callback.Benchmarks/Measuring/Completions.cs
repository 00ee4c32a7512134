using System.Collections.Concurrent;
using MassTransit;

namespace Callback.Benchmarks.Measuring;

/// <summary>
/// Tells a driver when the message it sent has been completely processed by its endpoint: consumed, the saga and the
/// outbox committed, the delivery acknowledged. <see cref="IReceiveObserver.PostReceive"/> is the one signal that comes
/// after all of that, so it also works for transitions that send nothing back. Only the ids a driver waits for are
/// kept, and each is forgotten on completion, so a long run holds no more than the messages in flight.
/// </summary>
public sealed class Completions :
    IReceiveObserver
{
    readonly ConcurrentDictionary<Guid, TaskCompletionSource> _pending = new();
    int _faults;

    /// <summary>
    /// Consumes that failed after every in-memory retry (then moved to the error queue, or redelivered later, which
    /// completes the receive as if it had succeeded): any at all make a run's figures suspect. Retries that succeeded
    /// are not seen here (MassTransit holds their faults back); the database's rollback count shows them.
    /// </summary>
    public int Faults => Volatile.Read(ref _faults);

    /// <summary>Call before sending the message, so that a completion cannot overtake the registration.</summary>
    public Task Of(Guid messageId)
    {
        var completion = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[messageId] = completion;
        return completion.Task;
    }

    public Task PreReceive(ReceiveContext context) => Task.CompletedTask;

    public Task PostReceive(ReceiveContext context)
    {
        if (context.GetMessageId() is { } id && _pending.TryRemove(id, out var completion))
            completion.TrySetResult();
        return Task.CompletedTask;
    }

    public Task PostConsume<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType)
        where T : class => Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType, Exception exception)
        where T : class
    {
        Interlocked.Increment(ref _faults);
        return Task.CompletedTask;
    }

    public Task ReceiveFault(ReceiveContext context, Exception exception)
    {
        Interlocked.Increment(ref _faults);
        if (context.GetMessageId() is { } id && _pending.TryRemove(id, out var completion))
            completion.TrySetException(exception);
        return Task.CompletedTask;
    }
}
