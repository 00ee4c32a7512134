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

    /// <summary>Every state an API user may see or ask for.</summary>
    public static IReadOnlyList<string> All { get; } = [Scheduled, Queued, Routing, Processing, Completed];

    /// <summary>
    /// The state of a session as GMS reports it at <paramref name="now"/>: GMS submits a scheduled callback to routing
    /// once its execution window opens and calls it <c>QUEUED</c> from then on, while this saga still waits in
    /// <c>Scheduled</c> for the moment EWT says to start.
    /// </summary>
    public static string Of(CallbackSession session, DateTimeOffset now) =>
        IsWaitingToStart(session.CurrentState)
        && (session.DesiredTime is { } desired
            ? ExecutionStartRule.IsInWindow(desired, session.LastKnownEwt, session.Options, now)
            : session.CurrentState == Initial)
            ? Queued
            : Of(session.CurrentState);

    /// <summary>
    /// The state of a session the web tier stored with its booking, before the saga took its start request: it reads as
    /// the request will (QUEUED when immediate or inside its window, else SCHEDULED), so a client sees it at once.
    /// </summary>
    public const string Initial = "Initial";

    static bool IsWaitingToStart(string sagaState) => sagaState is Initial or nameof(CallbackStateMachine.Scheduled);

    /// <summary>The saga states a session may be stored in, in the order a session goes through them.</summary>
    public static IReadOnlyList<string> SagaStates { get; } =
    [
        Initial, nameof(CallbackStateMachine.Scheduled), nameof(CallbackStateMachine.WaitingForAgent), nameof(CallbackStateMachine.UserNotified),
        nameof(CallbackStateMachine.Dialing), nameof(CallbackStateMachine.HumanDetected), nameof(CallbackStateMachine.Routed),
        nameof(CallbackStateMachine.Completed),
    ];

    /// <summary>
    /// The saga states in which a session may read <paramref name="gmsState"/>, so that a store can narrow a search by
    /// state before the exact, time-dependent <see cref="Of(CallbackSession, DateTimeOffset)"/>: <c>Scheduled</c> may
    /// read <c>SCHEDULED</c> or <c>QUEUED</c>.
    /// </summary>
    public static IReadOnlyList<string> SagaStatesThatMayRead(string gmsState) =>
        [.. SagaStates.Where(s => Of(s) == gmsState || (IsWaitingToStart(s) && gmsState == Queued))];

    /// <summary>The saga states in which a session reads <paramref name="gmsState"/> whatever the time.</summary>
    public static IReadOnlyList<string> SagaStatesThatAlwaysRead(string gmsState) =>
        [.. SagaStates.Where(s => Of(s) == gmsState && !IsWaitingToStart(s))];

    public static string Of(string sagaState) => sagaState switch
    {
        nameof(CallbackStateMachine.Scheduled) or Initial => Scheduled,
        nameof(CallbackStateMachine.WaitingForAgent) or nameof(CallbackStateMachine.UserNotified) => Queued,
        nameof(CallbackStateMachine.Dialing) or nameof(CallbackStateMachine.HumanDetected) => Routing,
        nameof(CallbackStateMachine.Routed) => Processing,
        nameof(CallbackStateMachine.Completed) => Completed,
        _ => throw new ArgumentOutOfRangeException(nameof(sagaState), sagaState, "Not a state of the callback session."),
    };
}
