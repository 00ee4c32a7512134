namespace Callback.Sagas.Contracts.Requests;

/// <summary>
/// The web tier accepted a start request: options are merged and validated and the slot is booked.
/// The saga takes it from here.
/// </summary>
public record CallbackRequested : ISessionMessage
{
    public required Guid SessionId { get; init; }
    public required string ServiceName { get; init; }
    public required string CustomerNumber { get; init; }

    /// <summary>The customer's desired time; null for an immediate callback.</summary>
    public DateTimeOffset? DesiredTime { get; init; }

    public required DateTimeOffset RequestedAt { get; init; }
    public required SessionOptions Options { get; init; }

    /// <summary>Request keys without a leading underscore: they travel with the session untouched.</summary>
    public IReadOnlyDictionary<string, string> UserData { get; init; } = new Dictionary<string, string>();

    /// <summary>GMS <c>_device_os</c>: <c>comet</c>, <c>httpcb</c>, ... or null when the device gets no pushes.</summary>
    public string? DeviceOs { get; init; }

    /// <summary>GMS <c>_device_notification_id</c>: a CometD channel suffix or an httpcb URL.</summary>
    public string? DeviceNotificationId { get; init; }
}
