namespace Callback.Sagas.Contracts.Push;

/// <summary>
/// Saga to web tier: tell the service's status notification target (<c>_status_notification_target</c>) that the
/// session reached one of GMS's event points (<see cref="StatusEvents"/>).
/// </summary>
public record StatusNotificationRequested : ISessionMessage
{
    public required Guid SessionId { get; init; }
    public required string ServiceName { get; init; }

    /// <summary>One of <see cref="StatusEvents"/>, e.g. <c>_cbe_on_dial_init</c>.</summary>
    public required string Event { get; init; }

    /// <summary>GMS <c>_callback_state</c> at the event.</summary>
    public required string CallbackState { get; init; }

    /// <summary>GMS <c>_callback_reason</c>, once the session completed.</summary>
    public string? CallbackReason { get; init; }

    public required string CustomerNumber { get; init; }
    public required DateTimeOffset At { get; init; }

    /// <summary>The URL the notification is POSTed to (<c>_status_notification_type = httpcb</c>).</summary>
    public required string Target { get; init; }

    /// <summary><c>_max_notify_delivery_attempts</c>.</summary>
    public int MaxDeliveryAttempts { get; init; } = 3;
}
