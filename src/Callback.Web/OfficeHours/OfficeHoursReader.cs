using System.Text.RegularExpressions;

namespace Callback.Web.Calendars;

/// <summary>
/// Reads one office-hours service from its configuration section (<c>Callback:OfficeHours:&lt;name&gt;</c>): <c>_timezone</c>
/// (an IANA id; UTC when absent), <c>_bh_regular1..N</c>, <c>_bh_add1..N</c>, <c>_bh_drop1..N</c>. GMS's own keys
/// <c>_service</c>, <c>_type</c> and <c>_ttl</c> are allowed and mean nothing here; any other key is reported, because a
/// misspelt <c>_bh_</c> key would otherwise silently change the hours.
/// </summary>
internal static partial class OfficeHoursReader
{
    const string TimeZoneKey = "_timezone";
    static readonly string[] IgnoredKeys = ["_service", "_type", "_ttl"];

    public static (OfficeHours? Hours, IReadOnlyList<string> Errors) Read(IConfigurationSection section)
    {
        var name = section.Key;
        var errors = new List<string>();
        var weekly = new List<WeeklyHours>();
        var added = new List<DatedHours>();
        var dropped = new List<DatedHours>();
        var zone = TimeZoneInfo.Utc;

        foreach (var entry in section.GetChildren().OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            var key = entry.Key;
            var text = entry.Value?.Trim() ?? "";
            string? error;
            if (key.Equals(TimeZoneKey, StringComparison.OrdinalIgnoreCase))
                (zone, error) = Zone(text);
            else if (Numbered(key, "regular"))
                error = Add(OfficeHoursText.Weekly(text), weekly);
            else if (Numbered(key, "add"))
                error = Add(OfficeHoursText.Dated(text, hoursRequired: true), added);
            else if (Numbered(key, "drop"))
                error = Add(OfficeHoursText.Dated(text, hoursRequired: false), dropped);
            else if (IgnoredKeys.Contains(key, StringComparer.OrdinalIgnoreCase))
                continue;
            else
            {
                errors.Add($"Office hours service {name}: unknown option {key}; expected {TimeZoneKey}, _bh_regularN, _bh_addN or _bh_dropN");
                continue;
            }

            if (error is not null)
                errors.Add($"Office hours service {name} / {key} '{text}' {error}");
        }

        return errors.Count == 0 ? (new OfficeHours(name, zone, weekly, added, dropped), errors) : (null, errors);
    }

    static (TimeZoneInfo Zone, string? Error) Zone(string id)
    {
        try
        {
            return (TimeZoneInfo.FindSystemTimeZoneById(id), null);
        }
        catch (Exception exception) when (exception is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            return (TimeZoneInfo.Utc, "is not a known time zone: expected an IANA id such as Europe/Paris or UTC");
        }
    }

    static string? Add<T>((T? Value, string? Error) read, List<T> into)
    {
        if (read.Value is { } value)
            into.Add(value);
        return read.Error;
    }

    static bool Numbered(string key, string kind) =>
        BusinessHoursKey().Match(key) is { Success: true } match && match.Groups["kind"].Value.Equals(kind, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex("^_bh_(?<kind>regular|add|drop)[0-9]+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BusinessHoursKey();
}
