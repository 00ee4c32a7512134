namespace Callback.Sagas.Contracts.Sip;

/// <summary>Saga to SIP Server: place the outbound call to the customer.</summary>
public record DialCustomer : ISessionMessage
{
    public required Guid SessionId { get; init; }

    /// <summary>New for every attempt: events about an older call are recognised as stale.</summary>
    public required Guid CallId { get; init; }

    public required int Attempt { get; init; }
    public required string CustomerNumber { get; init; }
    public string? RoutePoint { get; init; }
    public required bool CallProgressDetection { get; init; }
}
