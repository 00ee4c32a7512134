namespace Callback.Testing;

/// <summary>A message the bus handed the scheduler endpoint to deliver later, as <see cref="TimerTracker"/> saw its <c>ScheduleMessage</c> go.</summary>
/// <param name="TokenId">What it is scheduled under: a cancel names it, and scheduling it again replaces the timer.</param>
/// <param name="Due">When it falls due, on the test's clock.</param>
/// <param name="MessageId">The id it is delivered under: that of the <c>ScheduleMessage</c> that carried it.</param>
/// <param name="Scheduler">The scheduler endpoint's input address: it processes that id too, as the command.</param>
/// <param name="MessageType">The scheduled message's type, for a failing test to name.</param>
public sealed record ScheduledTimer(Guid TokenId, DateTimeOffset Due, Guid MessageId, Uri Scheduler, string MessageType)
{
    public override string ToString() => $"{MessageType} due at {Due:O} (token {TokenId:N})";
}
