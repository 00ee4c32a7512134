using System.Globalization;
using Callback.Sagas.Options;

namespace Callback.Web.Admission;

/// <summary>
/// Reads <see cref="ServiceLimits"/> with GMS's rules for these options, which differ from the other options'
/// inheritance: a service's value wins; an empty one inherits the callback section's (<c>Callback:Defaults</c>, where
/// the queue limit is also spelled <c>max_queued_callbacks_per_service</c>); a section value absent or empty means the
/// default; and <c>-1</c>, wherever it is, means the default, not the inherited value.
/// </summary>
public sealed class ServiceLimitsReader(IConfiguration configuration)
{
    public const string MaxQueued = "_max_queued_callbacks_per_service";
    public const string SectionMaxQueued = "max_queued_callbacks_per_service";
    public const string ThrottleCount = "_throttle_callbacks_per_service_";
    public const string ThrottleWindow = "_throttle_ttl_";
    public const string CustomerLimit = "_throttle_request_parameters_limit";

    public ServiceLimits Read(string serviceName)
    {
        var service = configuration.GetSection($"{ServiceOptionsReader.ServicesSection}:{serviceName}");
        var defaults = configuration.GetSection(ServiceOptionsReader.DefaultsSection);

        int Value(string key, int standard, string? sectionKey = null)
        {
            var text = Text(service[key]) ?? Text(defaults[key]) ?? (sectionKey is null ? null : Text(defaults[sectionKey]));
            if (text is null)
                return standard;
            if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < -1)
                throw new InvalidOperationException($"Service {serviceName}: {key} must be a whole number (-1 for the default), not '{text}'.");
            return value == -1 ? standard : value;
        }

        return new ServiceLimits(
            Value(MaxQueued, 1000, SectionMaxQueued),
            new ThrottleRule(Value(ThrottleCount + "1", 500), TimeSpan.FromSeconds(Value(ThrottleWindow + "1", 300))),
            new ThrottleRule(Value(ThrottleCount + "2", 1000), TimeSpan.FromSeconds(Value(ThrottleWindow + "2", 3600))),
            Value(CustomerLimit, 6));
    }

    static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
