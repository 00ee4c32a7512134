namespace Callback.Web.Calendars;

/// <summary>
/// An office-hours service (GMS's calendar service, <c>Callback:OfficeHours:&lt;name&gt;</c>): weekly hours, dated
/// additions and closures, read on the wall clock of <see cref="TimeZone"/>. On a date, the weekly hours less its
/// closures are open, and its additions on top: so a closed holiday with short hours is a drop and an add of that date.
/// </summary>
public sealed class OfficeHours
{
    readonly IReadOnlyList<WeeklyHours> _weekly;
    readonly IReadOnlyList<DatedHours> _added;
    readonly IReadOnlyList<DatedHours> _dropped;

    internal OfficeHours(string name, TimeZoneInfo timeZone, IReadOnlyList<WeeklyHours> weekly, IReadOnlyList<DatedHours> added,
        IReadOnlyList<DatedHours> dropped)
    {
        Name = name;
        TimeZone = timeZone;
        _weekly = weekly;
        _added = added;
        _dropped = dropped;
    }

    public string Name { get; }

    public TimeZoneInfo TimeZone { get; }

    public bool IsOpenAt(DateTimeOffset instant) => OpenPeriods(instant, instant.AddTicks(1)).Count > 0;

    /// <summary>The open periods within [<paramref name="from"/>, <paramref name="to"/>), as UTC instants: in order, joined where they touch, cut at both ends.</summary>
    public IReadOnlyList<OpenPeriod> OpenPeriods(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from)
            return [];

        // A local day's hours can reach a day into UTC either way, so the days on both sides are looked at too.
        var periods = new List<OpenPeriod>();
        for (var date = WallClock.DateAt(TimeZone, from).AddDays(-1); date <= WallClock.DateAt(TimeZone, to).AddDays(1); date = date.AddDays(1))
        {
            var midnight = date.ToDateTime(TimeOnly.MinValue);
            foreach (var hours in HoursOn(date))
            {
                var start = WallClock.Earliest(TimeZone, midnight.AddMinutes(hours.Start));
                var end = WallClock.Latest(TimeZone, midnight.AddMinutes(hours.End));
                if (start < end)
                    periods.Add(new OpenPeriod(start, end));
            }
        }

        return Clip(Join(periods), from.ToUniversalTime(), to.ToUniversalTime());
    }

    /// <summary>
    /// The business day holding <paramref name="instant"/>: its local day on the office clock, widened to the whole of
    /// any open period that runs over either midnight, so a night shift (22:00 to 06:00) is never cut in two.
    /// </summary>
    public OpenPeriod BusinessDayOf(DateTimeOffset instant)
    {
        var midnight = WallClock.DateAt(TimeZone, instant).ToDateTime(TimeOnly.MinValue);
        var from = WallClock.Earliest(TimeZone, midnight);
        var to = WallClock.Earliest(TimeZone, midnight.AddDays(1));

        // Joined periods never touch, so at most one crosses each midnight; a period longer than a day is still cut
        // a day away, which keeps the answer bounded for an office open around the clock.
        var around = OpenPeriods(from.AddDays(-1), to.AddDays(1));
        var start = around.FirstOrDefault(p => p.Start < from && from < p.End)?.Start ?? from;
        var end = around.FirstOrDefault(p => p.Start < to && to < p.End)?.End ?? to;
        return new OpenPeriod(start, end);
    }

    List<MinuteRange> HoursOn(DateOnly date)
    {
        var weekly = _weekly.Where(w => w.Days.Contains(date.DayOfWeek)).SelectMany(w => w.Hours);
        var closed = _dropped.Where(d => d.Falls(date)).SelectMany(d => d.Hours.Count == 0 ? [MinuteRange.AllDay] : d.Hours).ToList();
        var added = _added.Where(a => a.Falls(date)).SelectMany(a => a.Hours);
        return MinuteRange.Union(MinuteRange.Except(weekly, closed).Concat(added));
    }

    static List<OpenPeriod> Join(List<OpenPeriod> periods)
    {
        var joined = new List<OpenPeriod>();
        foreach (var period in periods.OrderBy(p => p.Start))
        {
            if (joined.Count > 0 && period.Start <= joined[^1].End)
                joined[^1] = joined[^1] with { End = period.End > joined[^1].End ? period.End : joined[^1].End };
            else
                joined.Add(period);
        }

        return joined;
    }

    static List<OpenPeriod> Clip(List<OpenPeriod> periods, DateTimeOffset from, DateTimeOffset to) =>
        periods
            .Select(p => new OpenPeriod(p.Start < from ? from : p.Start, p.End > to ? to : p.End))
            .Where(p => p.Start < p.End)
            .ToList();
}
