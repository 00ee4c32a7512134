namespace Callback.Sagas.Contracts.Sip;

/// <summary>Saga to SIP Server: connect the customer's call to the reserved agent.</summary>
public record RouteCall : ISessionMessage
{
    public required Guid SessionId { get; init; }
    public required Guid CallId { get; init; }
    public required string AgentId { get; init; }
    public required string Destination { get; init; }
}
