namespace Callback.Sagas.Contracts.Sip;

/// <summary>SIP Server to saga: the call was answered, by a person or a machine.</summary>
public record CallAnswered : ISessionMessage
{
    public required Guid SessionId { get; init; }
    public required Guid CallId { get; init; }
    public required CallProgressResult Result { get; init; }
    public required DateTimeOffset At { get; init; }
}
