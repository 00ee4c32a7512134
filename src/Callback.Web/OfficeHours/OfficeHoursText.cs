using System.Globalization;

namespace Callback.Web.Calendars;

/// <summary>
/// Reads the GMS texts of an office-hours service: weekly hours (<c>Mon-Fri 08:00-20:00</c>, <c>Sat 10:00-14:00</c>,
/// <c>Mon,Wed 08:00-12:00 14:00-18:00</c>) and dated hours (<c>12-24 09:00-12:00</c>, <c>2026-12-24</c>). Each method
/// gives the value or why the text does not read, in words an operator can act on.
/// </summary>
internal static class OfficeHoursText
{
    static readonly char[] Blanks = [' ', '\t'];
    static readonly char[] RangeSeparators = [' ', '\t', ',', ';'];

    public static (WeeklyHours? Hours, string? Error) Weekly(string text)
    {
        var words = text.Split(Blanks, StringSplitOptions.RemoveEmptyEntries);
        var dayWords = words.TakeWhile(w => !char.IsAsciiDigit(w[0])).ToArray();
        if (dayWords.Length == 0)
            return (null, "names no days: expected e.g. 'Mon-Fri 08:00-20:00'");

        var days = new HashSet<DayOfWeek>();
        foreach (var item in string.Concat(dayWords).Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            if (DaysOf(item) is not { } some)
                return (null, $"has an unknown day or range of days '{item}': expected Mon, Tue, Wed, Thu, Fri, Sat, Sun or two of them as 'Mon-Fri'");
            days.UnionWith(some);
        }

        var (hours, error) = Hours(words.Skip(dayWords.Length), required: true);
        return error is null ? (new WeeklyHours(days, hours), null) : (null, error);
    }

    public static (DatedHours? Hours, string? Error) Dated(string text, bool hoursRequired)
    {
        var words = text.Split(Blanks, StringSplitOptions.RemoveEmptyEntries);

        // MM-dd is read in a leap year, so that 02-29 is a date (it then falls only in leap years).
        var yearless = words.Length > 0 && words[0].Length == 5;
        if (words.Length == 0
            || !DateOnly.TryParseExact(yearless ? "2024-" + words[0] : words[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None,
                out var date))
        {
            return (null, "does not start with a date: expected 'MM-dd' or 'yyyy-MM-dd'");
        }

        var (hours, error) = Hours(words.Skip(1), hoursRequired);
        return error is null
            ? (new DatedHours(yearless ? null : date.Year, date.Month, date.Day, hours), null)
            : (null, error);
    }

    static (IReadOnlyList<MinuteRange> Hours, string? Error) Hours(IEnumerable<string> words, bool required)
    {
        var ranges = new List<MinuteRange>();
        foreach (var text in string.Join(' ', words).Split(RangeSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = text.Split('-');
            if (parts.Length != 2 || Minutes(parts[0]) is not { } start || Minutes(parts[1]) is not { } end)
                return ([], $"has hours '{text}' that do not read: expected 'HH:mm-HH:mm', from 00:00 to 24:00");
            if (end <= start)
                return ([], $"has hours '{text}' that end before they start: write hours past midnight as hours of the next day");
            ranges.Add(new MinuteRange(start, end));
        }

        if (required && ranges.Count == 0)
            return ([], "names no hours: expected e.g. '08:00-20:00'");

        return (ranges, null);
    }

    static int? Minutes(string text)
    {
        if (text.Length != 5 || text[2] != ':'
            || !int.TryParse(text.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var hours)
            || !int.TryParse(text.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes)
            || minutes > 59)
        {
            return null;
        }

        var total = (hours * 60) + minutes;
        return total <= MinuteRange.WholeDay ? total : null;
    }

    /// <summary>One day, or a range of days that may wrap over the weekend (<c>Fri-Mon</c>).</summary>
    static IEnumerable<DayOfWeek>? DaysOf(string text)
    {
        var ends = text.Split('-');
        if (ends.Length > 2 || Day(ends[0]) is not { } first)
            return null;
        if (ends.Length == 1)
            return [first];
        if (Day(ends[1]) is not { } last)
            return null;

        var count = (((int)last - (int)first + 7) % 7) + 1;
        return Enumerable.Range(0, count).Select(i => (DayOfWeek)(((int)first + i) % 7));
    }

    static DayOfWeek? Day(string text) =>
        Enum.GetValues<DayOfWeek>()
            .Select(day => (DayOfWeek?)day)
            .FirstOrDefault(day => text.Equals(day.ToString()![..3], StringComparison.OrdinalIgnoreCase)
                || text.Equals(day.ToString(), StringComparison.OrdinalIgnoreCase));
}
