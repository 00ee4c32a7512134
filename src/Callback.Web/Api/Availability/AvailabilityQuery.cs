using System.Globalization;

namespace Callback.Web.Api.Availability;

/// <summary>
/// The query parameters of an availability request, each read or refused with a reason; the first reason is kept
/// (<see cref="Error"/>) for the 400 answer.
/// </summary>
internal sealed class AvailabilityQuery(IQueryCollection query)
{
    const string IsoExample = "an ISO 8601 time such as 2026-11-26T09:00:00.000Z, from 1970 to 8999";

    // Times far from now are of no use to a booking, and near the end of the calendar the window and its local days
    // could no longer be computed.
    static readonly DateTimeOffset Earliest = DateTimeOffset.UnixEpoch;
    static readonly DateTimeOffset Latest = new(9000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public string? Error { get; private set; }

    public bool Has(string name) => query.ContainsKey(name);

    public DateTimeOffset? Time(string name, TimeZoneInfo zoneOfLocalTimes) =>
        Read(name, IsoExample, text => Sensible(GmsTime.Parse(text, zoneOfLocalTimes)));

    public DateTimeOffset? EpochMilliseconds(string name) =>
        Read(name, "milliseconds since 1970-01-01T00:00:00Z, up to 8999", text =>
            long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var ms) && ms < Latest.ToUnixTimeMilliseconds()
                ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
                : (DateTimeOffset?)null);

    public int? Positive(string name, int most = int.MaxValue) =>
        Read(name, most == int.MaxValue ? "a whole number of at least 1" : $"a whole number from 1 to {most}", text =>
            int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1 && value <= most ? value : (int?)null);

    public bool? Flag(string name) =>
        Read(name, "true or false", text => bool.TryParse(text, out var value) ? value : (bool?)null);

    public TimeZoneInfo? Zone(string name) =>
        Read(name, "an IANA time zone such as Europe/Paris", text =>
            TimeZoneInfo.TryFindSystemTimeZoneById(text, out var zone) ? zone : null);

    static DateTimeOffset? Sensible(DateTimeOffset? time) => time >= Earliest && time < Latest ? time : null;

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
