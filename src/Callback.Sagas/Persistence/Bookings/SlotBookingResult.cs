namespace Callback.Sagas.Persistence.Bookings;

/// <summary>The outcome of <see cref="SlotBookings.TryBook"/> and <see cref="SlotBookings.TryMove"/>.</summary>
public enum SlotBookingResult
{
    /// <summary>The session holds a place in the slot now.</summary>
    Booked,

    /// <summary>Every place of the slot is taken; nothing changed.</summary>
    Full,

    /// <summary><see cref="SlotBookings.TryBook"/>: the session already holds a place (in this or another slot); nothing changed.</summary>
    AlreadyBooked,

    /// <summary><see cref="SlotBookings.TryMove"/>: the session holds no place to move; nothing changed.</summary>
    NotBooked,
}
