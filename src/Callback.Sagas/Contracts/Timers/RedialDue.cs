namespace Callback.Sagas.Contracts.Timers;

/// <summary>A timer the session sends itself through the message scheduler. The dial retry timeout passed: call the customer again.</summary>
public record RedialDue(Guid SessionId) : ISessionMessage;
