using MassTransit;

namespace Callback.Benchmarks.Scenarios.Timers;

/// <summary>Counts the messages one receive endpoint has completely processed, e.g. the schedules the scheduler stored.</summary>
public sealed class EndpointReceipts(string queueName) :
    IReceiveObserver
{
    int _count;

    public int Count => Volatile.Read(ref _count);

    public Task PreReceive(ReceiveContext context) => Task.CompletedTask;

    public Task PostReceive(ReceiveContext context)
    {
        if (context.InputAddress.AbsolutePath.EndsWith("/" + queueName, StringComparison.Ordinal))
            Interlocked.Increment(ref _count);
        return Task.CompletedTask;
    }

    public Task PostConsume<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType)
        where T : class => Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType, Exception exception)
        where T : class => Task.CompletedTask;

    public Task ReceiveFault(ReceiveContext context, Exception exception) => Task.CompletedTask;
}
