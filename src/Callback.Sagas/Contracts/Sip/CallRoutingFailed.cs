namespace Callback.Sagas.Contracts.Sip;

/// <summary>SIP Server to saga: the call could not be connected to the agent (agent did not answer, DN busy, ...).</summary>
public record CallRoutingFailed : ISessionMessage
{
    public required Guid SessionId { get; init; }
    public required Guid CallId { get; init; }
    public required string Reason { get; init; }
    public required DateTimeOffset At { get; init; }
}
