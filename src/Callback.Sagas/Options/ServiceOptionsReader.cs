using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Primitives;

namespace Callback.Sagas.Options;

/// <summary>
/// Reads a service's options from configuration: <c>Callback:Services:&lt;name&gt;:&lt;option&gt;</c> first, then
/// <c>Callback:Defaults:&lt;option&gt;</c> (GMS's <c>callback</c> section, which every service inherits), then the GMS
/// default. Keys it does not model are left alone: GMS configurations carry many options this service does not use.
/// The merged options of every service are kept until the configuration reloads: merging them from the configuration's
/// sections on each request cost 13% of the web tier's CPU under load (bench/README.md, "What limits booking").
/// </summary>
public sealed class ServiceOptionsReader(IConfiguration configuration)
{
    public const string ServicesSection = "Callback:Services";
    public const string DefaultsSection = "Callback:Defaults";

    const string InheritedOrigin = "(inherited from " + DefaultsSection + ")";

    Snapshot? _snapshot;

    /// <summary>
    /// The options of <paramref name="serviceName"/>, as configured; not yet validated, because a request may still
    /// supply what the configuration leaves out (an overridable <c>_target</c>, say). See <see cref="ServiceRequestMerger"/>.
    /// </summary>
    public OptionsResult<ServiceOptions> Read(string serviceName) =>
        CurrentSnapshot().Services.TryGetValue(serviceName, out var options)
            ? options
            : new([OptionError.ServiceNotConfigured(serviceName)]);

    /// <summary>
    /// The services as configured now. The reload token is taken before the configuration is read, so a reload while
    /// a snapshot is built leaves that snapshot already stale rather than kept.
    /// </summary>
    Snapshot CurrentSnapshot()
    {
        if (Volatile.Read(ref _snapshot) is { } current && !current.Reloaded.HasChanged)
            return current;

        var reloaded = configuration.GetReloadToken();
        var services = configuration.GetSection(ServicesSection).GetChildren()
            .ToDictionary(service => service.Key, ReadService, StringComparer.OrdinalIgnoreCase);
        var snapshot = new Snapshot(services, reloaded);
        Volatile.Write(ref _snapshot, snapshot);
        return snapshot;
    }

    OptionsResult<ServiceOptions> ReadService(IConfigurationSection service)
    {
        var defaults = configuration.GetSection(DefaultsSection);
        var options = new ServiceOptions { ServiceName = service.Key };
        var errors = new List<OptionError>();

        foreach (var option in KnownOptions.All)
        {
            var own = OptionText.Of(service[option.Name]);
            var text = own ?? OptionText.Of(defaults[option.Name]);
            if (text is null)
                continue;

            if (option.TryApply(options, text, out var applied))
                options = applied;
            else
                errors.Add(OptionError.InvalidValue(service.Key, option.Name, text, option.Expected, own is null ? InheritedOrigin : null));
        }

        return errors.Count == 0 ? new(options) : new(errors);
    }

    /// <summary>
    /// Every configured service's options by name, looked up among the configured services rather than by building a
    /// path, so that a name holding the path separator cannot reach into another section; each carries the configured
    /// spelling of its name.
    /// </summary>
    sealed record Snapshot(IReadOnlyDictionary<string, OptionsResult<ServiceOptions>> Services, IChangeToken Reloaded);
}
