namespace Callback.Sagas.Contracts.Timers;

/// <summary>A timer the session sends itself through the message scheduler. URS did not reserve an agent in time.</summary>
public record AgentReservationTimeoutExpired(Guid SessionId) : ISessionMessage;
