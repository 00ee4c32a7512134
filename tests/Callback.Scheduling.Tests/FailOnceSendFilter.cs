using MassTransit;

namespace Callback.Scheduling.Tests;

/// <summary>
/// A broker that is away for one send: the first send to the appointments queue fails, every other send passes.
/// <see cref="Failed"/> completes when that happened.
/// </summary>
public sealed class FailOnceSendFilter :
    IFilter<SendContext>
{
    readonly TaskCompletionSource _failed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Failed => _failed.Task;

    public Task Send(SendContext context, IPipe<SendContext> next)
    {
        if (context.DestinationAddress?.AbsolutePath.EndsWith(AppointmentConsumerDefinition.QueueName, StringComparison.Ordinal) == true
            && _failed.TrySetResult())
            throw new InvalidOperationException("The broker is away.");

        return next.Send(context);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("failOnce");
}
