namespace Callback.Web.Availability;

/// <summary>
/// A bookable time slot of a service: it starts at <see cref="Start"/> (UTC) and takes <see cref="Total"/> bookings
/// (<c>_max_request_by_time_bucket</c>), of which <see cref="Capacity"/> are still free.
/// </summary>
public sealed record Slot(DateTimeOffset Start, int Capacity, int Total);
