using Callback.Sagas.Options;
using Callback.Sagas.Persistence.Bookings;
using Callback.Web.Calendars;

namespace Callback.Web.Availability;

/// <summary>
/// The time slots of a service: its open hours (<c>_business_hours_service</c>; open all the time without one) cut into
/// <c>_request_time_bucket</c> buckets (<see cref="SlotBoundaries"/>), each taking <c>_max_request_by_time_bucket</c>
/// bookings less those <see cref="SlotBookings"/> holds. A slot is offered when the office is open at its start.
/// Buckets follow the office's wall clock, or UTC for a service without office hours.
/// </summary>
public sealed class SlotAvailability(SlotBookings bookings, OfficeHoursCatalog officeHours)
{
    /// <summary>
    /// The slots starting in [<paramref name="from"/>, <paramref name="to"/>), in order, the first <paramref name="maxSlots"/>
    /// of them when given; full ones only with <paramref name="includeFull"/>. The service's office hours must be usable
    /// (<see cref="OfficeHoursCatalog.Problem"/>).
    /// </summary>
    public async Task<IReadOnlyList<Slot>> Slots(ServiceOptions service, DateTimeOffset from, DateTimeOffset to, int? maxSlots, bool includeFull,
        CancellationToken cancellationToken)
    {
        var hours = HoursOf(service);
        var zone = hours?.TimeZone ?? TimeZoneInfo.Utc;
        var periods = hours?.OpenPeriods(from, to) ?? (to > from ? [new OpenPeriod(from.ToUniversalTime(), to.ToUniversalTime())] : []);
        if (periods.Count == 0)
            return [];

        var booked = await bookings.Booked(service.ServiceName, periods[0].Start, periods[^1].End, cancellationToken);
        var total = service.MaxRequestsByTimeBucket;

        var slots = periods
            .SelectMany(period => SlotBoundaries.Between(zone, service.RequestTimeBucket, period.Start, period.End))
            .Select(start => new Slot(start, Math.Max(0, total - booked.GetValueOrDefault(start)), total))
            .Where(slot => includeFull || slot.Capacity > 0);

        return (maxSlots is { } max ? slots.Take(max) : slots).ToList();
    }

    /// <summary>The start of the bucket holding <paramref name="time"/>: the slot a booking at that time takes a place in.</summary>
    public DateTimeOffset SlotOf(ServiceOptions service, DateTimeOffset time) =>
        SlotBoundaries.Of(HoursOf(service)?.TimeZone ?? TimeZoneInfo.Utc, service.RequestTimeBucket, time);

    OfficeHours? HoursOf(ServiceOptions service)
    {
        if (service.BusinessHoursService is not { } name)
            return null;

        return officeHours.Find(name) ?? throw new InvalidOperationException(officeHours.Problem(name));
    }
}
