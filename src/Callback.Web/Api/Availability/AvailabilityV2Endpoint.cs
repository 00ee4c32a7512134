using Callback.Sagas.Options;
using Callback.Web.Api.Errors;
using Callback.Web.Availability;
using Callback.Web.Calendars;

namespace Callback.Web.Api.Availability;

/// <summary>
/// <c>GET /genesys/2/service/callback/{service}/availability</c>: <see cref="AvailabilityV2Answer"/>. Parameters
/// <c>start</c> or <c>start-ms</c>, <c>end</c> or <c>end-ms</c>, <c>number-of-days</c>, <c>max-time-slots</c>,
/// <c>timezone</c> (the clock of <c>start</c>/<c>end</c> given without an offset, else UTC, and of <c>localTime</c>),
/// <c>report-busy</c> (list full slots too).
/// </summary>
internal static class AvailabilityV2Endpoint
{
    public static async Task<IResult> Handle(string service, HttpRequest request, ServiceOptionsReader reader, OfficeHoursCatalog officeHours,
        SlotAvailability availability, TimeProvider time, CancellationToken cancellationToken)
    {
        var (options, refusal) = AvailabilityService.Resolve(service, reader, officeHours);
        if (options is null)
            return refusal!;

        var query = new AvailabilityQuery(request.Query);
        var zone = query.Zone("timezone");
        var start = Either(query, "start", "start-ms", zone);
        var end = Either(query, "end", "end-ms", zone);
        var maxSlots = query.Positive("max-time-slots");
        var reportBusy = query.Flag("report-busy") ?? false;
        var (from, to) = AvailabilityWindow.Of(query, options, time.GetUtcNow(), start, end);
        if (query.Error is { } error)
            return GmsResults.BadRequest(GmsExceptions.General, error);

        var slots = await availability.Slots(options, from, to, maxSlots, includeFull: reportBusy, cancellationToken);
        return Results.Json(new AvailabilityV2Answer(
            (int)options.RequestTimeBucket.TotalMinutes,
            zone?.Id,
            slots.Select(slot => new AvailabilityV2Slot(
                GmsTime.Utc(slot.Start), zone is null ? null : GmsTime.Local(slot.Start, zone), slot.Capacity, slot.Total)).ToList()));
    }

    static DateTimeOffset? Either(AvailabilityQuery query, string iso, string epochMs, TimeZoneInfo? zone)
    {
        if (query.Has(iso) && query.Has(epochMs))
            query.Refuse($"Give {iso} or {epochMs}, not both");

        return query.Time(iso, zone ?? TimeZoneInfo.Utc) ?? query.EpochMilliseconds(epochMs);
    }
}
