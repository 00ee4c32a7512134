namespace Callback.Sagas.Contracts.Sip;

/// <summary>SIP Server to saga: the customer's call ended (the customer hung up, or the call was released on request).</summary>
public record CallReleased : ISessionMessage
{
    public required Guid SessionId { get; init; }
    public required Guid CallId { get; init; }
    public required DateTimeOffset At { get; init; }
}
