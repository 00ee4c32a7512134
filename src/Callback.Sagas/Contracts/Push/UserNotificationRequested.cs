namespace Callback.Sagas.Contracts.Push;

/// <summary>Saga to web tier: deliver this dialog on the customer's device channel.</summary>
public record UserNotificationRequested : ISessionMessage
{
    public required Guid SessionId { get; init; }

    /// <summary>GMS <c>_device_os</c>: <c>comet</c> or <c>httpcb</c>.</summary>
    public required string DeviceOs { get; init; }

    /// <summary>GMS <c>_device_notification_id</c>; null means the session id names the channel.</summary>
    public string? DeviceNotificationId { get; init; }

    public required CallbackDialog Dialog { get; init; }

    /// <summary>Which push of the session this is, from 1: a device may be asked more than once to confirm.</summary>
    public required int Attempt { get; init; }

    /// <summary><c>_max_notify_delivery_attempts</c>: tries of an <c>httpcb</c> delivery before it is given up.</summary>
    public int MaxDeliveryAttempts { get; init; } = 3;
}
