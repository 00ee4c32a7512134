using Callback.Web.Calendars;

namespace Callback.Web.Availability;

/// <summary>
/// Where buckets of <c>_request_time_bucket</c> minutes begin: wherever the office's wall clock shows a whole multiple
/// of the bucket since local midnight (a 15-minute bucket starts at :00, :15, :30 and :45 local, a 120-minute one at
/// even local hours), so that slots read as round local times in any zone, half-hour offsets included. Across a DST change
/// a repeated time starts a bucket each time the clock shows it and a skipped one starts its bucket at the jump, so a
/// bucket there may be shorter (or, with a half-hour change such as Lord Howe's, longer) than the others.
/// </summary>
internal static class SlotBoundaries
{
    /// <summary>The bucket starts in [<paramref name="from"/>, <paramref name="to"/>), in order, as UTC.</summary>
    public static IEnumerable<DateTimeOffset> Between(TimeZoneInfo zone, TimeSpan bucket, DateTimeOffset from, DateTimeOffset to) =>
        Around(zone, bucket, WallClock.DateAt(zone, from).AddDays(-1), WallClock.DateAt(zone, to).AddDays(1))
            .SkipWhile(start => start < from)
            .TakeWhile(start => start < to);

    /// <summary>The start of the bucket holding <paramref name="time"/>.</summary>
    public static DateTimeOffset Of(TimeZoneInfo zone, TimeSpan bucket, DateTimeOffset time)
    {
        var date = WallClock.DateAt(zone, time);
        return Around(zone, bucket, date.AddDays(-1), date).Last(start => start <= time);
    }

    static IEnumerable<DateTimeOffset> Around(TimeZoneInfo zone, TimeSpan bucket, DateOnly first, DateOnly last)
    {
        var minutes = (int)bucket.TotalMinutes;
        if (minutes <= 0 || MinuteRange.WholeDay % minutes != 0)
            throw new ArgumentOutOfRangeException(nameof(bucket), bucket, "A bucket must divide a day into whole minutes.");

        var previous = DateTimeOffset.MinValue;
        for (var date = first; date <= last; date = date.AddDays(1))
        {
            var midnight = date.ToDateTime(TimeOnly.MinValue);
            for (var minute = 0; minute < MinuteRange.WholeDay; minute += minutes)
            {
                // A skipped time and the next one may land on the same instant: one bucket, not two.
                foreach (var start in WallClock.Instants(zone, midnight.AddMinutes(minute)).Where(s => s > previous))
                {
                    previous = start;
                    yield return start;
                }
            }
        }
    }
}
