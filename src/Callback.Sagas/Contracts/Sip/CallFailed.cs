namespace Callback.Sagas.Contracts.Sip;

/// <summary>SIP Server to saga: the call did not reach the customer.</summary>
public record CallFailed : ISessionMessage
{
    public required Guid SessionId { get; init; }
    public required Guid CallId { get; init; }
    public required CallFailureReason Reason { get; init; }
    public required DateTimeOffset At { get; init; }
}
