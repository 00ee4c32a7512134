using MassTransit;

namespace Callback.Scheduling.Tests;

/// <summary>
/// A saga that uses <c>Schedule(...)</c> the way the callback session does: a timer armed at a time of the saga's
/// clock, moved by a later event, and accepted only when its <c>MT-Scheduling-TokenId</c> is the token it stored.
/// </summary>
public sealed class ReminderStateMachine :
    MassTransitStateMachine<ReminderSession>
{
    public ReminderStateMachine()
    {
        InstanceState(x => x.CurrentState);

        Event(() => Requested, e => e.CorrelateById(m => m.Message.ReminderId));
        Event(() => Moved, e => e.CorrelateById(m => m.Message.ReminderId));
        Schedule(() => Due, x => x.DueToken, s => s.Received = e => e.CorrelateById(m => m.Message.ReminderId));

        Initially(
            When(Requested)
                .Schedule(Due, c => new ReminderDue(c.Saga.CorrelationId), c => c.Message.At.UtcDateTime)
                .TransitionTo(Waiting));

        During(Waiting,
            When(Moved)
                .Schedule(Due, c => new ReminderDue(c.Saga.CorrelationId), c => c.Message.At.UtcDateTime),
            When(Due.Received)
                .TransitionTo(Reminded));
    }

    public State Waiting { get; private set; } = null!;
    public State Reminded { get; private set; } = null!;

    public Event<ReminderRequested> Requested { get; private set; } = null!;
    public Event<ReminderMoved> Moved { get; private set; } = null!;

    public Schedule<ReminderSession, ReminderDue> Due { get; private set; } = null!;
}
