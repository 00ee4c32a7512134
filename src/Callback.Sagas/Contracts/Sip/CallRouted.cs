namespace Callback.Sagas.Contracts.Sip;

/// <summary>SIP Server to saga: the customer and the agent are connected.</summary>
public record CallRouted : ISessionMessage
{
    public required Guid SessionId { get; init; }
    public required Guid CallId { get; init; }
    public required string AgentId { get; init; }
    public required DateTimeOffset At { get; init; }
}
