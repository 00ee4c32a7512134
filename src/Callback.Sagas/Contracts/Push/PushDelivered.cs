namespace Callback.Sagas.Contracts.Push;

/// <summary>Web tier to saga: a push or a status notification reached its destination; the session records it in its history.</summary>
public record PushDelivered : ISessionMessage
{
    public required Guid SessionId { get; init; }

    /// <summary>What was delivered, as the history shows it: <c>dialog 1</c>, <c>status _cbe_on_dial_init</c>.</summary>
    public required string Notification { get; init; }

    /// <summary>How: <c>comet</c> or <c>httpcb</c>.</summary>
    public required string Channel { get; init; }

    /// <summary>The CometD channel or the URL.</summary>
    public required string Destination { get; init; }

    public required int Attempt { get; init; }
    public required int MaxAttempts { get; init; }

    /// <summary>What the destination made of it: <c>HTTP 200</c>, <c>handed to 2 subscribers on instance web-1</c>.</summary>
    public required string Outcome { get; init; }

    public required DateTimeOffset At { get; init; }
}
