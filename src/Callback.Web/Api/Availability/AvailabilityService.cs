using Callback.Sagas.Options;
using Callback.Web.Api.Errors;
using Callback.Web.Calendars;

namespace Callback.Web.Api.Availability;

/// <summary>
/// The service an availability request names, with what its slots need: known (else GMS's
/// <c>CallbackExceptionNotFound</c>, 400), its bucket options readable and valid, and its office hours configured
/// (else <c>CallbackExceptionResource</c>, 500: the operator's configuration, not the request, is at fault).
/// </summary>
internal static class AvailabilityService
{
    public static (ServiceOptions? Service, IResult? Refusal) Resolve(string name, ServiceOptionsReader reader, OfficeHoursCatalog officeHours)
    {
        var read = reader.Read(name);
        if (!read.Succeeded)
        {
            return read.Errors.Any(e => e.Kind == OptionErrorKind.ServiceNotConfigured)
                ? (null, GmsResults.BadRequest(GmsExceptions.NotFound, read.Errors[0].Message))
                : (null, NotUsable(read.Errors.Select(e => e.Message)));
        }

        var service = read.Value;
        var slotErrors = ServiceOptionsValidator.Validate(service)
            .Where(e => e.Option is OptionNames.RequestTimeBucket or OptionNames.MaxRequestByTimeBucket)
            .Select(e => e.Message)
            .ToList();
        if (slotErrors.Count > 0)
            return (null, NotUsable(slotErrors));

        if (officeHours.ProblemOf(service) is { } problem)
            return (null, NotUsable([problem]));

        return (service, null);
    }

    static IResult NotUsable(IEnumerable<string> reasons) =>
        GmsResults.Error(StatusCodes.Status500InternalServerError, GmsExceptions.Resource, string.Join("; ", reasons));
}
