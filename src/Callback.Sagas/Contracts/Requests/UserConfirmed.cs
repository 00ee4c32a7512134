namespace Callback.Sagas.Contracts.Requests;

/// <summary>The customer pressed Ok on the agent-available dialog (<c>POST /genesys/1/service/{id}/connect</c>).</summary>
public record UserConfirmed : ISessionMessage
{
    public required Guid SessionId { get; init; }
    public required DateTimeOffset ConfirmedAt { get; init; }
}
