namespace Callback.Sagas.Contracts.Urs;

/// <summary>URS to saga: no agent could be reserved for this attempt (taken by another call, logged out, ...).</summary>
public record TargetNotReserved : ISessionMessage
{
    public required Guid SessionId { get; init; }
    public required int Attempt { get; init; }
    public required string Reason { get; init; }
    public required DateTimeOffset At { get; init; }
}
