namespace Callback.Sagas.Contracts.Urs;

/// <summary>Saga to URS: the customer is on the line (<see cref="CallId"/>); reserve an agent of the target for it.</summary>
public record ReserveTarget : ISessionMessage
{
    public required Guid SessionId { get; init; }
    public required Guid CallId { get; init; }
    public required string Target { get; init; }

    /// <summary>How long the reserved agent is held (RDND blocking, <c>_agent_reserve_timeout</c>).</summary>
    public required double ReservationTimeoutSeconds { get; init; }

    /// <summary>The reservation attempt, from 1: an answer for an older attempt is stale.</summary>
    public required int Attempt { get; init; }
}
