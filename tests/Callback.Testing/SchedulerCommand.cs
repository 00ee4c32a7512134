namespace Callback.Testing;

/// <summary>A <c>ScheduleMessage</c> or <c>CancelScheduledMessage</c> the bus sent, and the input address of the scheduler endpoint it went to.</summary>
public sealed record SchedulerCommand(Guid MessageId, Uri Scheduler, string Kind)
{
    public override string ToString() => $"{Kind} {MessageId}";
}
