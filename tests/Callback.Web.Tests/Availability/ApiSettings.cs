using Callback.Sagas.Options;
using Callback.Web.Calendars;

namespace Callback.Web.Tests.Availability;

/// <summary>
/// Configuration added to the preconfigured one of <see cref="GenesysApiHost"/>: services and office hours a spec needs.
/// Availability runs no session, so the host runs without the workers (the saga and its Quartz scheduler).
/// </summary>
public sealed class ApiSettings
{
    readonly Dictionary<string, string?> _settings = new() { ["Workers:Enabled"] = "false" };

    /// <summary>A service with a target, so that it could run; <paramref name="options"/> as GMS names them.</summary>
    public ApiSettings Service(string name, params (string Option, string Value)[] options)
    {
        _settings[$"{ServiceOptionsReader.ServicesSection}:{name}:{OptionNames.Target}"] = "Billing@Stat_Server.GA";
        foreach (var (option, value) in options)
            _settings[$"{ServiceOptionsReader.ServicesSection}:{name}:{option}"] = value;
        return this;
    }

    public ApiSettings OfficeHours(string name, params (string Key, string Value)[] entries)
    {
        foreach (var (key, value) in entries)
            _settings[$"{OfficeHoursCatalog.Section}:{name}:{key}"] = value;
        return this;
    }

    public GenesysApiHost Host() => new(_settings);
}
