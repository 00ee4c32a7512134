using MassTransit;

namespace Callback.Benchmarks.Scenarios.Timers;

public sealed class TimerDueConsumer(TimerArrivals arrivals, TimeProvider time) :
    IConsumer<TimerDue>
{
    public Task Consume(ConsumeContext<TimerDue> context)
    {
        arrivals.Arrive(context.Message, time.GetUtcNow());
        return Task.CompletedTask;
    }
}
