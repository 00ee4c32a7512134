namespace Callback.Sagas.Contracts.Urs;

/// <summary>
/// Saga to URS: queue the session as a virtual interaction on <see cref="Target"/> and publish
/// <see cref="AgentAvailable"/> when it is time to dial (the Delayed scenarios).
/// </summary>
public record WaitForAgent : ISessionMessage
{
    public required Guid SessionId { get; init; }
    public required string ServiceName { get; init; }
    public required string Target { get; init; }
}
