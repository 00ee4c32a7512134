namespace Callback.Sagas.Contracts.Sip;

/// <summary>
/// Saga to SIP Server: hang up the session's call (an answering machine, a cancel, no agent). Idempotent:
/// a call that already ended is left alone.
/// </summary>
public record ReleaseCall : ISessionMessage
{
    public required Guid SessionId { get; init; }
    public required Guid CallId { get; init; }
    public required string Reason { get; init; }
}
