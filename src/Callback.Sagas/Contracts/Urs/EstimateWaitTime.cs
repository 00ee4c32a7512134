namespace Callback.Sagas.Contracts.Urs;

/// <summary>Saga to URS: report the current expected wait time of <see cref="Target"/> for this session.</summary>
public record EstimateWaitTime : ISessionMessage
{
    public required Guid SessionId { get; init; }
    public required string Target { get; init; }
}
