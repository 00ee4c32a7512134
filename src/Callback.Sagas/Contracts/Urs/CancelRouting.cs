namespace Callback.Sagas.Contracts.Urs;

/// <summary>
/// Saga to URS: the session ended or no longer needs an agent; drop its virtual interaction and release any
/// reserved agent. Idempotent: URS ignores sessions it does not know.
/// </summary>
public record CancelRouting : ISessionMessage
{
    public required Guid SessionId { get; init; }
    public required string Reason { get; init; }
}
