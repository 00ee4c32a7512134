namespace Callback.Sagas.Contracts.Timers;

/// <summary>A timer the session sends itself through the message scheduler. SIP Server said nothing about the call for too long.</summary>
public record CallAnswerTimeoutExpired(Guid SessionId) : ISessionMessage;
