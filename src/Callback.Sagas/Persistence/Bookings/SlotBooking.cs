namespace Callback.Sagas.Persistence.Bookings;

/// <summary>The places taken in one time slot of one service: a row of <c>slot_bookings</c>.</summary>
public class SlotBooking
{
    public required string ServiceName { get; init; }

    /// <summary>The slot's start, UTC.</summary>
    public required DateTimeOffset SlotStart { get; init; }

    public int Booked { get; set; }
}
