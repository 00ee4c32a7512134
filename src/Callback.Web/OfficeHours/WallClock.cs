namespace Callback.Web.Calendars;

/// <summary>
/// Turns a time read on a zone's wall clock into instants, where daylight saving time makes that more than a subtraction.
/// A time the clock skips (spring forward: 02:30 in Paris on 2026-03-29) becomes the instant of the jump, the first
/// moment the clock shows a later time. A time the clock shows twice (fall back: 02:30 on 2026-10-25) has an earliest
/// and a latest instant; opening hours start at the earliest and end at the latest, so they cover every moment the
/// clock shows a time inside them.
/// </summary>
internal static class WallClock
{
    public static DateTimeOffset Earliest(TimeZoneInfo zone, DateTime local) => Instants(zone, local)[0];

    public static DateTimeOffset Latest(TimeZoneInfo zone, DateTime local) => Instants(zone, local)[^1];

    /// <summary>Every instant at which the clock shows <paramref name="local"/> (two for a repeated time), or the jump over it; in order, as UTC.</summary>
    public static DateTimeOffset[] Instants(TimeZoneInfo zone, DateTime local)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);

        if (zone.IsInvalidTime(local))
            return [JumpOver(zone, local)];

        if (zone.IsAmbiguousTime(local))
        {
            return zone.GetAmbiguousTimeOffsets(local)
                .Select(offset => new DateTimeOffset(local, offset).ToUniversalTime())
                .Order()
                .ToArray();
        }

        return [new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime()];
    }

    /// <summary>The instant the clock jumps over <paramref name="local"/>: the change of offset, found by halving the hour or so around it.</summary>
    static DateTimeOffset JumpOver(TimeZoneInfo zone, DateTime local)
    {
        var asUtc = new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Utc));
        var before = zone.GetUtcOffset(asUtc.AddDays(-1));
        var after = zone.GetUtcOffset(asUtc.AddDays(1));

        // Read with the later offset the time falls before the jump, read with the earlier one after it.
        var low = (asUtc - after).UtcTicks;
        var high = (asUtc - before).UtcTicks;
        while (high - low > 1)
        {
            var middle = low + ((high - low) / 2);
            if (zone.GetUtcOffset(new DateTimeOffset(middle, TimeSpan.Zero)) == before)
                low = middle;
            else
                high = middle;
        }

        return new DateTimeOffset(high, TimeSpan.Zero);
    }

    /// <summary>The local date the zone's clock shows at <paramref name="instant"/>.</summary>
    public static DateOnly DateAt(TimeZoneInfo zone, DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
}
