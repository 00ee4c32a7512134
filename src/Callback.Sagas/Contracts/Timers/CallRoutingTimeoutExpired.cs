namespace Callback.Sagas.Contracts.Timers;

/// <summary>A timer the session sends itself through the message scheduler. SIP Server did not confirm the routing to the agent in time.</summary>
public record CallRoutingTimeoutExpired(Guid SessionId) : ISessionMessage;
