namespace Callback.Sagas.Contracts.Timers;

/// <summary>A timer the session sends itself through the message scheduler. It may be time to start executing: compare the desired time with the current EWT.</summary>
public record ExecutionCheckDue(Guid SessionId) : ISessionMessage;
