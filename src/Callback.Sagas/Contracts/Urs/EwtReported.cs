namespace Callback.Sagas.Contracts.Urs;

/// <summary>
/// URS to saga: the expected wait time of a target, as an answer to <see cref="EstimateWaitTime"/> or unasked.
/// The newest <see cref="MeasuredAt"/> wins; an older report arriving late is ignored.
/// </summary>
public record EwtReported : ISessionMessage
{
    public required Guid SessionId { get; init; }
    public required string Target { get; init; }
    public required double EwtSeconds { get; init; }
    public required DateTimeOffset MeasuredAt { get; init; }
}
