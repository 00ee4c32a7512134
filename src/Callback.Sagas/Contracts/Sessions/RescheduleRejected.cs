namespace Callback.Sagas.Contracts.Sessions;

/// <summary>
/// Saga to web tier: a reschedule arrived after the session had left <c>SCHEDULED</c>; the slot booked for
/// <see cref="DesiredTime"/> must be given back.
/// </summary>
public record RescheduleRejected : ISessionMessage
{
    public required Guid SessionId { get; init; }
    public required string ServiceName { get; init; }
    public required DateTimeOffset DesiredTime { get; init; }
    public required string State { get; init; }
}
