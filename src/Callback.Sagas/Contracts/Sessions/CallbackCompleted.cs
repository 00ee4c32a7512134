namespace Callback.Sagas.Contracts.Sessions;

/// <summary>
/// Saga to anyone listening: the session ended with a GMS <c>_callback_reason</c>. The booking side releases the
/// slot of a cancelled session; status notifications report the end.
/// </summary>
public record CallbackCompleted : ISessionMessage
{
    public required Guid SessionId { get; init; }
    public required string ServiceName { get; init; }
    public DateTimeOffset? DesiredTime { get; init; }
    public required string Reason { get; init; }
    public required DateTimeOffset CompletedAt { get; init; }
}
