namespace Callback.Sagas.Contracts.Push;

/// <summary>
/// Web tier to saga: an attempt to deliver a push or a status notification failed; the session records it in its
/// history. Without <see cref="NextAttemptAt"/> it was the last attempt: the delivery is given up.
/// </summary>
public record PushDeliveryFailed : ISessionMessage
{
    public required Guid SessionId { get; init; }

    /// <summary>What was to be delivered, as the history shows it: <c>dialog 1</c>, <c>status _cbe_on_dial_init</c>.</summary>
    public required string Notification { get; init; }

    /// <summary>How: <c>httpcb</c>, or the unsupported <c>_device_os</c> that was asked for.</summary>
    public required string Channel { get; init; }

    /// <summary>The URL or channel, when there was one.</summary>
    public string? Destination { get; init; }

    public required int Attempt { get; init; }
    public required int MaxAttempts { get; init; }

    /// <summary>Why: <c>HTTP 503</c>, <c>timed out after 10 s</c>, <c>device OS gcm is not supported</c>.</summary>
    public required string Error { get; init; }

    /// <summary>When the next attempt is due; null when there is none.</summary>
    public DateTimeOffset? NextAttemptAt { get; init; }

    public required DateTimeOffset At { get; init; }
}
