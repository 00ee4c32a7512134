using Microsoft.Extensions.Configuration;

namespace Callback.Sagas.Options;

/// <summary>
/// Reads a service's options from configuration: <c>Callback:Services:&lt;name&gt;:&lt;option&gt;</c> first, then
/// <c>Callback:Defaults:&lt;option&gt;</c> (GMS's <c>callback</c> section, which every service inherits), then the GMS
/// default. Keys it does not model are left alone: GMS configurations carry many options this service does not use.
/// </summary>
public sealed class ServiceOptionsReader(IConfiguration configuration)
{
    public const string ServicesSection = "Callback:Services";
    public const string DefaultsSection = "Callback:Defaults";

    const string InheritedOrigin = "(inherited from " + DefaultsSection + ")";

    /// <summary>
    /// The options of <paramref name="serviceName"/>, as configured; not yet validated, because a request may still
    /// supply what the configuration leaves out (an overridable <c>_target</c>, say). See <see cref="ServiceRequestMerger"/>.
    /// </summary>
    public OptionsResult<ServiceOptions> Read(string serviceName)
    {
        if (FindService(serviceName) is not { } service)
            return new([OptionError.ServiceNotConfigured(serviceName)]);

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
    /// The service's section, matched among the configured services rather than by building a path, so that a name
    /// holding the path separator cannot reach into another section; it carries the configured spelling of the name.
    /// </summary>
    IConfigurationSection? FindService(string serviceName) =>
        configuration.GetSection(ServicesSection)
            .GetChildren()
            .FirstOrDefault(service => string.Equals(service.Key, serviceName, StringComparison.OrdinalIgnoreCase));
}
