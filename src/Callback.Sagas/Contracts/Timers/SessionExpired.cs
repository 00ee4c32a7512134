namespace Callback.Sagas.Contracts.Timers;

/// <summary>A timer the session sends itself through the message scheduler. The session outlived its <c>_ttl</c>.</summary>
public record SessionExpired(Guid SessionId) : ISessionMessage;
