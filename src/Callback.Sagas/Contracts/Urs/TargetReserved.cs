namespace Callback.Sagas.Contracts.Urs;

/// <summary>URS to saga: an agent is reserved for the session's call.</summary>
public record TargetReserved : ISessionMessage
{
    public required Guid SessionId { get; init; }
    public required int Attempt { get; init; }
    public required string AgentId { get; init; }

    /// <summary>Where SIP Server routes the call: the agent's DN or place.</summary>
    public required string Destination { get; init; }

    public required DateTimeOffset At { get; init; }
}
