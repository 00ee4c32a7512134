using Callback.Sagas.Options;
using Callback.Web.Api.Errors;
using Callback.Web.Availability;
using Callback.Web.Calendars;

namespace Callback.Web.Api.Availability;

/// <summary>
/// <c>GET /genesys/1/service/callback/{service}/availability</c>: a flat JSON object of the slots with free places,
/// <c>{"2026-11-26T09:00:00.000Z": 5, ...}</c>. Parameters <c>start</c>, <c>end</c>, <c>number-of-days</c>,
/// <c>max-time-slots</c>; or <c>timestamp</c>, as in the seed's trace: the slots of the office's local day holding that
/// time, all of them, as GMS answered there (the trace lists the morning's slots in the afternoon), with the whole of
/// an open period that runs over midnight.
/// </summary>
internal static class AvailabilityV1Endpoint
{
    const string Timestamp = "timestamp";

    public static async Task<IResult> Handle(string service, HttpRequest request, ServiceOptionsReader reader, OfficeHoursCatalog officeHours,
        SlotAvailability availability, TimeProvider time, CancellationToken cancellationToken)
    {
        var (options, refusal) = AvailabilityService.Resolve(service, reader, officeHours);
        if (options is null)
            return refusal!;

        var query = new AvailabilityQuery(request.Query);
        var now = time.GetUtcNow();
        var maxSlots = query.Positive("max-time-slots");
        var (from, to) = query.Has(Timestamp)
            ? DayOf(query, options, officeHours, now)
            : AvailabilityWindow.Of(query, options, now, query.Time("start", TimeZoneInfo.Utc), query.Time("end", TimeZoneInfo.Utc));
        if (query.Error is { } error)
            return GmsResults.BadRequest(GmsExceptions.General, error);

        var slots = await availability.Slots(options, from, to, maxSlots, includeFull: false, cancellationToken);
        return Results.Json(slots.ToDictionary(slot => GmsTime.Utc(slot.Start), slot => slot.Capacity));
    }

    static (DateTimeOffset From, DateTimeOffset To) DayOf(AvailabilityQuery query, ServiceOptions service, OfficeHoursCatalog officeHours,
        DateTimeOffset now)
    {
        if (new[] { "start", "end", AvailabilityWindow.NumberOfDays }.Any(query.Has))
            query.Refuse($"Give {Timestamp} or start, end and {AvailabilityWindow.NumberOfDays}, not both");

        if (query.Time(Timestamp, TimeZoneInfo.Utc) is not { } timestamp)
            return (now, now);

        var day = service.BusinessHoursService is { } name
            ? officeHours.Find(name)!.BusinessDayOf(timestamp)
            : new OpenPeriod(new DateTimeOffset(timestamp.UtcDateTime.Date, TimeSpan.Zero), new DateTimeOffset(timestamp.UtcDateTime.Date.AddDays(1), TimeSpan.Zero));
        return AvailabilityWindow.Bounded(service, now, day.Start, day.End);
    }
}
