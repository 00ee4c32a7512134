namespace Callback.Sagas.Contracts.Urs;

/// <summary>URS to saga: "time to dial": an agent of the target will be free when the customer answers.</summary>
public record AgentAvailable : ISessionMessage
{
    public required Guid SessionId { get; init; }
    public required string Target { get; init; }

    /// <summary>The agent URS expects to take the call, when it already knows; duplicates repeat it.</summary>
    public string? AgentId { get; init; }

    public required DateTimeOffset At { get; init; }
}
