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
