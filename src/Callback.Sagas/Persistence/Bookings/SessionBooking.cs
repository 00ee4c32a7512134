namespace Callback.Sagas.Persistence.Bookings;

/// <summary>The slot a session holds: a row of <c>session_bookings</c>, removed when the place is given back.</summary>
public class SessionBooking
{
    public required Guid SessionId { get; init; }
    public required string ServiceName { get; init; }

    /// <summary>The slot's start, UTC.</summary>
    public required DateTimeOffset SlotStart { get; set; }

    public required DateTimeOffset BookedAt { get; set; }
}
