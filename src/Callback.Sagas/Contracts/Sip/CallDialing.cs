namespace Callback.Sagas.Contracts.Sip;

/// <summary>SIP Server to saga: the call is ringing at the customer.</summary>
public record CallDialing : ISessionMessage
{
    public required Guid SessionId { get; init; }
    public required Guid CallId { get; init; }
    public required DateTimeOffset At { get; init; }
}
