using System.Globalization;
using Callback.Web.Calendars;

namespace Callback.Web.Api;

/// <summary>Times as GMS writes them (<c>2026-11-26T09:00:00.000Z</c>) and as its clients send them.</summary>
public static class GmsTime
{
    static readonly string[] LocalFormats = ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd"];
    static readonly string[] OffsetFormats = ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK"];

    public static string Utc(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>The wall-clock time of <paramref name="zone"/> at <paramref name="instant"/>, ISO 8601 without an offset.</summary>
    public static string Local(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).DateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff", CultureInfo.InvariantCulture);

    /// <summary>
    /// An ISO 8601 time: with <c>Z</c> or an offset it is that instant; without one it is read on the clock of
    /// <paramref name="zoneOfLocalTimes"/>. A query string turns an unescaped <c>+</c> into a space, so a space is read as one.
    /// </summary>
    public static DateTimeOffset? Parse(string text, TimeZoneInfo zoneOfLocalTimes)
    {
        text = text.Trim().Replace(' ', '+');
        if (DateTime.TryParseExact(text, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            return WallClock.Earliest(zoneOfLocalTimes, local);

        return DateTimeOffset.TryParseExact(text, OffsetFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            ? instant.ToUniversalTime()
            : null;
    }
}
