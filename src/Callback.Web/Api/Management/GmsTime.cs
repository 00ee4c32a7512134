using System.Globalization;

namespace Callback.Web.Api.Management;

/// <summary>Times as GMS writes and reads them: ISO 8601 in UTC with milliseconds, <c>2014-07-30T15:00:00.000Z</c>.</summary>
public static class GmsTime
{
    const string Format = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public static string Text(DateTimeOffset time) => time.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>Any ISO 8601 time; one without an offset is taken as UTC, as GMS does.</summary>
    public static bool TryParse(string? text, out DateTimeOffset time) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out time);
}
