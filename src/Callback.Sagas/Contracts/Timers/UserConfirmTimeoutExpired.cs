namespace Callback.Sagas.Contracts.Timers;

/// <summary>A timer the session sends itself through the message scheduler. The customer did not confirm the agent-available dialog in time.</summary>
public record UserConfirmTimeoutExpired(Guid SessionId) : ISessionMessage;
