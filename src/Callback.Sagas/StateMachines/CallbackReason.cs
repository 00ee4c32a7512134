namespace Callback.Sagas.StateMachines;

/// <summary>The GMS <c>_callback_reason</c> values a session completes with.</summary>
public static class CallbackReason
{
    public const string AgentConnected = "AGENT_CONNECTED";
    public const string Cancelled = "CANCELLED";
    public const string CancelledByAdmin = "CANCELLED_BY_ADMIN";
    public const string FailUserNoConfirm = "FAIL_USER_NO_CONFIRM";
    public const string FailCallToCustomer = "FAIL_CALL_TO_CUSTOMER";
    public const string FailAgentConnect = "FAIL_AGENT_CONNECT";
    public const string FailInteractionDeleted = "FAIL_INTERACTION_DELETED";
    public const string FailTimeoutTtl = "FAIL_TIMEOUT_TTL";
}
