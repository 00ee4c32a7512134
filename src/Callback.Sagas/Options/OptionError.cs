namespace Callback.Sagas.Options;

/// <summary>
/// One reason a service's options cannot be used. <paramref name="Option"/> is null when no single option is at fault
/// (the service itself is not configured). The texts are built here only, so each lives once; they follow GMS's
/// wording where GMS has one.
/// </summary>
public sealed record OptionError(OptionErrorKind Kind, string? Option, string Service, string Message)
{
    internal static OptionError ServiceNotConfigured(string service) =>
        new(OptionErrorKind.ServiceNotConfigured, null, service, $"Service {service} is not configured");

    /// <param name="origin">Where the value came from when that is not the service's own section, e.g. "in the request".</param>
    internal static OptionError InvalidValue(string service, string option, string value, string expected, string? origin = null) =>
        new(OptionErrorKind.InvalidValue, option, service,
            $"Service option {service} / {option} has an invalid value '{value}'{(origin is null ? "" : " " + origin)}: expected {expected}");

    internal static OptionError NotOverwritable(string service, string option) =>
        new(OptionErrorKind.NotOverwritable, option, service,
            $"Option {option} is not overwritable for service {service}. Check option {OptionNames.OverwritableOptions}");

    internal static OptionError Missing(string service, string option) =>
        new(OptionErrorKind.Missing, option, service, $"Service option {service} / {option} is not configured");

    internal static OptionError Conflict(string service, string option, string reason) =>
        new(OptionErrorKind.Conflict, option, service, $"Service option {service} / {option} {reason}");
}
