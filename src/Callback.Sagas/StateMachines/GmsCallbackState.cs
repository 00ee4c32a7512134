namespace Callback.Sagas.StateMachines;

/// <summary>
/// The GMS <c>_callback_state</c> that API users see, derived from the saga state so that it is never stored twice.
/// </summary>
public static class GmsCallbackState
{
    public const string Scheduled = "SCHEDULED";
    public const string Queued = "QUEUED";
    public const string Routing = "ROUTING";
    public const string Processing = "PROCESSING";
    public const string Completed = "COMPLETED";

    /// <summary>
    /// The state of a session as GMS reports it at <paramref name="now"/>: GMS submits a scheduled callback to routing
    /// once its execution window opens and calls it <c>QUEUED</c> from then on, while this saga still waits in
    /// <c>Scheduled</c> for the moment EWT says to start.
    /// </summary>
    public static string Of(CallbackSession session, DateTimeOffset now) =>
        session.CurrentState == nameof(CallbackStateMachine.Scheduled)
        && session.DesiredTime is { } desired
        && ExecutionStartRule.IsInWindow(desired, session.LastKnownEwt, session.Options, now)
            ? Queued
            : Of(session.CurrentState);

    public static string Of(string sagaState) => sagaState switch
    {
        nameof(CallbackStateMachine.Scheduled) or "Initial" => Scheduled,
        nameof(CallbackStateMachine.WaitingForAgent) or nameof(CallbackStateMachine.UserNotified) => Queued,
        nameof(CallbackStateMachine.Dialing) or nameof(CallbackStateMachine.HumanDetected) => Routing,
        nameof(CallbackStateMachine.Routed) => Processing,
        nameof(CallbackStateMachine.Completed) => Completed,
        _ => throw new ArgumentOutOfRangeException(nameof(sagaState), sagaState, "Not a state of the callback session."),
    };
}
