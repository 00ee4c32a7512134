using System.Globalization;

namespace Callback.Benchmarks.Scenarios.Booking;

/// <summary>
/// The start requests of a run, as a GMS client sends them (urlencoded form, docs/api.md): every request with a customer
/// number of its own; every other one immediate, the rest scheduled, their desired times spread over a week of slots
/// (2016 of 5 minutes) from a quarter of an hour after the run starts, so that no slot row is much contended and every
/// scheduled one lies beyond the execution buffer, as bookings made ahead do.
/// </summary>
public sealed class BookingRequests(DateTimeOffset runStart)
{
    const int Slots = 7 * 24 * 60 / BookingService.SlotMinutes;

    /// <summary>A prime step, so that consecutive bookings land in slots far apart, and all slots are used.</summary>
    const int SlotStep = 7919;

    readonly DateTimeOffset _firstSlot = new DateTimeOffset(runStart.UtcDateTime.Date, TimeSpan.Zero)
        + TimeSpan.FromMinutes(((int)runStart.UtcDateTime.TimeOfDay.TotalMinutes / BookingService.SlotMinutes + 3) * BookingService.SlotMinutes);

    public static bool IsScheduled(long index) => index % 2 == 1;

    public FormUrlEncodedContent Body(long index)
    {
        var values = new List<KeyValuePair<string, string>>
        {
            new("_customer_number", (5_550_000_000L + index).ToString(CultureInfo.InvariantCulture)),
            new("first_name", "Bench"),
        };
        if (IsScheduled(index))
        {
            var slot = index / 2 * SlotStep % Slots;
            var desired = _firstSlot + TimeSpan.FromMinutes(slot * BookingService.SlotMinutes + 1);
            values.Add(new("_desired_time", desired.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)));
        }

        return new FormUrlEncodedContent(values);
    }
}
