namespace Callback.Sagas.Contracts.Requests;

/// <summary>
/// The options a running session needs, resolved by the web tier from the service configuration and the
/// request's overridable keys. The session keeps the values it was created with, as GMS does.
/// </summary>
public record SessionOptions
{
    /// <summary><c>_wait_for_agent</c>: wait for URS to say an agent is available before dialing (Delayed).</summary>
    public bool WaitForAgent { get; init; } = true;

    /// <summary><c>_wait_for_user_confirm</c>: push a dialog and wait for the customer's connect request.</summary>
    public bool WaitForUserConfirm { get; init; }

    /// <summary><c>_user_confirm_timeout</c>.</summary>
    public TimeSpan UserConfirmTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary><c>_on_user_confirm_timeout</c>: <c>CONNECT-ANYWAY</c> dials anyway; anything else ends the session.</summary>
    public string OnUserConfirmTimeout { get; init; } = "CONNECT-ANYWAY";

    /// <summary><c>_max_number_of_user_availability_confirmation_attempts</c>: pushes before the timeout policy applies.</summary>
    public int MaxUserConfirmAttempts { get; init; } = 3;

    /// <summary><c>_target</c>: where URS looks for an agent, e.g. <c>Billing@Stat_Server.GA</c>.</summary>
    public required string Target { get; init; }

    /// <summary><c>_route_point</c>: where the outbound call is created from.</summary>
    public string? RoutePoint { get; init; }

    /// <summary><c>_cpd_enable</c>: ask SIP Server for call-progress detection.</summary>
    public bool CallProgressDetection { get; init; } = true;

    /// <summary><c>_max_dial_attempts</c>.</summary>
    public int MaxDialAttempts { get; init; } = 3;

    /// <summary><c>_dial_retry_timeout</c>.</summary>
    public TimeSpan DialRetryTimeout { get; init; } = TimeSpan.FromSeconds(300);

    /// <summary><c>_request_execution_time_buffer</c>: the first EWT check happens this long before the desired time.</summary>
    public TimeSpan ExecutionTimeBuffer { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary><c>_min_urs_ewt_pos_polling_interval</c>.</summary>
    public TimeSpan MinEwtPollingInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary><c>_max_urs_ewt_pos_polling_interval</c>.</summary>
    public TimeSpan MaxEwtPollingInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary><c>_ttl</c>: a session not finished this long after its desired (or creation) time fails.</summary>
    public TimeSpan Ttl { get; init; } = TimeSpan.FromSeconds(86400);

    /// <summary><c>_agent_reserve_timeout</c>: how long URS may take to reserve the announced agent.</summary>
    public TimeSpan AgentReserveTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary><c>_max_time_to_wait_for_agent_on_the_call</c>: how long a customer on the line may wait for an agent (not delayed).</summary>
    public TimeSpan MaxWaitForAgentOnCall { get; init; } = TimeSpan.FromSeconds(3600);

    /// <summary><c>_max_transfer_to_agent_attempts</c>: reservations and routings tried before the session fails.</summary>
    public int MaxTransferToAgentAttempts { get; init; } = 5;

    /// <summary><c>_adapter_response_timeout</c> (our extension): how long the saga waits for an adapter that went silent.</summary>
    public TimeSpan AdapterResponseTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary><c>_max_notify_delivery_attempts</c>: tries of an HTTP callback (a push or a status notification) before it is given up.</summary>
    public int MaxNotifyDeliveryAttempts { get; init; } = 3;

    /// <summary>Status notifications of the session; null when <c>_enable_status_notification</c> is off.</summary>
    public StatusNotificationOptions? StatusNotification { get; init; }

    /// <summary>Texts of the dialogs pushed to the device.</summary>
    public DialogTexts Dialogs { get; init; } = new();
}
