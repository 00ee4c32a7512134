namespace Callback.Sagas.Contracts.Requests;

/// <summary>The customer (DELETE) or an administrator asked to cancel the session.</summary>
public record CancelRequested : ISessionMessage
{
    public required Guid SessionId { get; init; }

    /// <summary>The GMS reason the session ends with: <c>CANCELLED</c> or <c>CANCELLED_BY_ADMIN</c>.</summary>
    public string Reason { get; init; } = "CANCELLED";

    public required DateTimeOffset RequestedAt { get; init; }
}
