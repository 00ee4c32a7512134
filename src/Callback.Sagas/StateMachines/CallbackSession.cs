using Callback.Sagas.Contracts.Requests;
using MassTransit;

namespace Callback.Sagas.StateMachines;

/// <summary>The saga instance: one callback session, from the start request to its GMS completion reason.</summary>
public class CallbackSession :
    SagaStateMachineInstance,
    ISagaVersion
{
    /// <summary>The session id, GMS <c>_id</c>.</summary>
    public Guid CorrelationId { get; set; }

    public string CurrentState { get; set; } = null!;
    public int Version { get; set; }

    public string ServiceName { get; set; } = null!;
    public string CustomerNumber { get; set; } = null!;
    public DateTimeOffset? DesiredTime { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>GMS <c>_expiration_time</c>: when <c>_ttl</c> ends the session if it is still running.</summary>
    public DateTimeOffset ExpirationTime { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>GMS <c>_callback_reason</c>, set when the session completes.</summary>
    public string? Reason { get; set; }

    public SessionOptions Options { get; set; } = null!;
    public Dictionary<string, string> UserData { get; set; } = [];
    public string? DeviceOs { get; set; }
    public string? DeviceNotificationId { get; set; }

    /// <summary>The newest EWT of the target, and when URS measured it.</summary>
    public TimeSpan LastKnownEwt { get; set; }
    public DateTimeOffset? EwtMeasuredAt { get; set; }

    public int UserConfirmAttempts { get; set; }
    public int DialAttempts { get; set; }

    /// <summary>The call in progress; null between dial attempts, so events of an earlier call are recognised.</summary>
    public Guid? CallId { get; set; }

    public int ReservationAttempts { get; set; }
    public string? AgentId { get; set; }

    public Guid? ExecutionCheckToken { get; set; }
    public Guid? RedialToken { get; set; }
    public Guid? UserConfirmTimeoutToken { get; set; }
    public Guid? CallAnswerTimeoutToken { get; set; }
    public Guid? AgentReservationTimeoutToken { get; set; }
    public Guid? CallRoutingTimeoutToken { get; set; }
    public Guid? ExpirationToken { get; set; }

    /// <summary>Every transition and notable event, oldest first.</summary>
    public List<SessionHistoryEntry> History { get; set; } = [];
}
