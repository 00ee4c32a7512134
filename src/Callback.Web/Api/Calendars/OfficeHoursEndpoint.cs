using Callback.Web.Api.Availability;
using Callback.Web.Api.Errors;
using Callback.Web.Api.OpenApi;
using Callback.Web.Calendars;

namespace Callback.Web.Api.Calendars;

/// <summary>
/// <c>GET /1/service/{office-hours}</c>, GMS's calendar service: when an office-hours service is open. With no
/// parameter it asks about now: an empty <c>periods</c> list means closed. <c>start</c> (default now) with <c>end</c>
/// or <c>number-of-days</c> asks about a stretch of time. Each period that overlaps the question is given whole, so a
/// client can say "open until 20:00". GMS documents the parameters and that <c>error</c> is null on success, not the
/// rest of its body; ours is <c>{"error": null, "timezone": ..., "periods": [{"start", "end", "localStart", "localEnd"}]}</c>.
/// </summary>
public static class OfficeHoursEndpoint
{
    public static IEndpointRouteBuilder MapOfficeHoursEndpoint(this IEndpointRouteBuilder api)
    {
        api.MapGet("/1/service/{name}", Handle)
            .WithTags(ApiTags.Calendar)
            .WithSummary("When an office-hours service is open")
            .WithDescription("With no parameter, about now: an empty periods list means closed. With start and end or number-of-days, about "
                + "a stretch of time. Each open period that overlaps the question is given whole; error is null.")
            .WithQueryParameters(AvailabilityParameters.OfficeHours)
            .Produces<OfficeHoursAnswer>()
            .ProducesGmsError(StatusCodes.Status400BadRequest, "A parameter does not read, or parameters contradict each other (GSGException).")
            .ProducesGmsError(StatusCodes.Status404NotFound, "No such office-hours service, or its configuration does not read (CallbackExceptionNotFound).");
        return api;
    }

    static IResult Handle(string name, HttpRequest request, OfficeHoursCatalog catalog, TimeProvider time)
    {
        if (catalog.Find(name) is not { } hours)
            return GmsResults.NotFound(catalog.Problem(name)!);

        var query = new AvailabilityQuery(request.Query);
        // Without end or number-of-days the question is about the moment start alone: open now or not.
        var (start, to) = AvailabilityWindow.Stretch(query, query.Time("start", TimeZoneInfo.Utc) ?? time.GetUtcNow(),
            query.Time("end", TimeZoneInfo.Utc), defaultDays: 0);
        if (query.Error is { } error)
            return GmsResults.BadRequest(GmsExceptions.General, error);

        return Results.Json(new OfficeHoursAnswer(null, hours.TimeZone.Id,
            Overlapping(hours, start, to).Select(p => OfficeHoursAnswer.Period.Of(p, hours.TimeZone)).ToList()));
    }

    /// <summary>The open periods that hold an instant or overlap a stretch, whole: looked for a day either side.</summary>
    static IEnumerable<OpenPeriod> Overlapping(OfficeHours hours, DateTimeOffset from, DateTimeOffset to) =>
        hours.OpenPeriods(from.AddDays(-1), to.AddDays(1))
            .Where(p => from == to ? p.Start <= from && from < p.End : p.Start < to && from < p.End);
}
