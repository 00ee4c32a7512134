using System.Globalization;

namespace Callback.Web.Api.Availability;

/// <summary>
/// The query parameters of an availability request, each read or refused with a reason; the first reason is kept
/// (<see cref="Error"/>) for the 400 answer.
/// </summary>
internal sealed class AvailabilityQuery(IQueryCollection query)
{
    const string IsoExample = "an ISO 8601 time such as 2026-11-26T09:00:00.000Z";

    public string? Error { get; private set; }

    public bool Has(string name) => query.ContainsKey(name);

    public DateTimeOffset? Time(string name, TimeZoneInfo zoneOfLocalTimes) =>
        Read(name, IsoExample, text => GmsTime.Parse(text, zoneOfLocalTimes));

    public DateTimeOffset? EpochMilliseconds(string name) =>
        Read(name, "milliseconds since 1970-01-01T00:00:00Z", text =>
            long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var ms)
            && ms >= 0 && ms <= DateTimeOffset.MaxValue.ToUnixTimeMilliseconds()
                ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
                : (DateTimeOffset?)null);

    public int? Positive(string name) =>
        Read(name, "a whole number of at least 1", text =>
            int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1 ? value : (int?)null);

    public bool? Flag(string name) =>
        Read(name, "true or false", text => bool.TryParse(text, out var value) ? value : (bool?)null);

    public TimeZoneInfo? Zone(string name) =>
        Read(name, "an IANA time zone such as Europe/Paris", text =>
            TimeZoneInfo.TryFindSystemTimeZoneById(text, out var zone) ? zone : null);

    /// <summary>Records a refusal that is about several parameters together.</summary>
    public void Refuse(string reason) => Error ??= reason;

    T? Read<T>(string name, string expected, Func<string, T?> parse)
    {
        if (!query.TryGetValue(name, out var values))
            return default;

        var text = values.Count == 1 ? values[0] : null;
        if (text is not null && parse(text) is { } value)
            return value;

        Refuse($"Parameter {name} has an invalid value '{values}': expected {expected}, once");
        return default;
    }
}
