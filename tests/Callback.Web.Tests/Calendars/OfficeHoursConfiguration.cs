using System.Globalization;
using Callback.Web.Calendars;
using Microsoft.Extensions.Configuration;

namespace Callback.Web.Tests.Calendars;

/// <summary>Builds an office-hours service as configuration would hold it; everything a spec does not set is left out.</summary>
public sealed class OfficeHoursConfiguration(string name = "hours")
{
    readonly Dictionary<string, string?> _settings = new();
    int _regular, _added, _dropped;

    public OfficeHoursConfiguration Zone(string id) => Set("_timezone", id);

    public OfficeHoursConfiguration Regular(string text) => Set($"_bh_regular{++_regular}", text);

    public OfficeHoursConfiguration Add(string text) => Set($"_bh_add{++_added}", text);

    public OfficeHoursConfiguration Drop(string text) => Set($"_bh_drop{++_dropped}", text);

    public OfficeHoursConfiguration Set(string key, string text)
    {
        _settings[$"{OfficeHoursCatalog.Section}:{name}:{key}"] = text;
        return this;
    }

    public OfficeHoursCatalog Catalog() => new(new ConfigurationBuilder().AddInMemoryCollection(_settings).Build());

    public OfficeHours Build() =>
        Catalog().Find(name) ?? throw new InvalidOperationException(Catalog().Problem(name));

    public string Problem() => Catalog().Problem(name) ?? throw new InvalidOperationException("The office hours read without a problem.");

    public static DateTimeOffset Utc(string iso) =>
        DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    /// <summary>Periods as <c>start/end</c> UTC texts, short to compare.</summary>
    public static IEnumerable<string> Texts(IEnumerable<OpenPeriod> periods) =>
        periods.Select(p => $"{p.Start.UtcDateTime:yyyy-MM-dd HH:mm}/{p.End.UtcDateTime:yyyy-MM-dd HH:mm}");
}
