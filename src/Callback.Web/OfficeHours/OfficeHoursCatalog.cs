using Callback.Sagas.Options;

namespace Callback.Web.Calendars;

/// <summary>
/// The office-hours services of <c>Callback:OfficeHours</c>, read once at start. Names match without case, as service
/// names do. A service that is missing or does not read is not found, and <see cref="Problem"/> says why, in the words
/// the API answers with (GMS's <c>CallbackExceptionResource</c>).
/// </summary>
public sealed class OfficeHoursCatalog
{
    public const string Section = "Callback:OfficeHours";

    readonly Dictionary<string, OfficeHours> _hours = new(StringComparer.OrdinalIgnoreCase);
    readonly Dictionary<string, string> _problems = new(StringComparer.OrdinalIgnoreCase);

    public OfficeHoursCatalog(IConfiguration configuration)
    {
        foreach (var section in configuration.GetSection(Section).GetChildren())
        {
            var (hours, errors) = OfficeHoursReader.Read(section);
            if (hours is not null)
                _hours[section.Key] = hours;
            else
                _problems[section.Key] = string.Join("; ", errors);
        }
    }

    public OfficeHours? Find(string name) => _hours.GetValueOrDefault(name);

    /// <summary>Why <paramref name="name"/> cannot be used (every error of its configuration), or null when it can.</summary>
    public string? Problem(string name) =>
        _hours.ContainsKey(name) ? null
        : _problems.GetValueOrDefault(name) ?? $"Office hours service {name} is not configured ({Section}:{name})";

    /// <summary>
    /// Why the office hours <paramref name="service"/> names cannot be used, said of the service's option; null when they
    /// can or it names none.
    /// </summary>
    public string? ProblemOf(ServiceOptions service) =>
        service.BusinessHoursService is { } name && Problem(name) is { } problem
            ? $"Service option {service.ServiceName} / {OptionNames.BusinessHoursService} names {name}: {problem}"
            : null;
}
