using Callback.Sagas.Options;
using Callback.Web.Api.Errors;
using Callback.Web.Calendars;

namespace Callback.Web.Api.Start;

/// <summary>
/// What a desired time must be, in GMS's terms: not in the past, not beyond <c>_reject_future_desired_time</c>, and
/// inside the office hours of <c>_business_hours_service</c>. (A full slot is found by the booking itself, atomically.)
/// </summary>
public static class DesiredTimeRules
{
    /// <summary>The answer to a desired time that is not an ISO 8601 time.</summary>
    public static IResult Unreadable(string text) =>
        GmsResults.BadRequest(GmsExceptions.Availability, $"Desired time {text} is not an ISO 8601 time such as 2026-11-26T10:00:00.000Z.");

    public static DesiredTimeRefusal? Check(ServiceOptions service, DateTimeOffset desired, DateTimeOffset now, OfficeHoursCatalog officeHours)
    {
        if (desired < now)
            return new DesiredTimeRefusal($"Desired time {GmsTime.Utc(desired)} is in the past.", ProposeSlots: true);

        var latest = service.RejectFutureDesiredTime.AddTo(now);
        if (desired > latest)
        {
            return new DesiredTimeRefusal($"Desired time {GmsTime.Utc(desired)} is too far in the future: the latest is {GmsTime.Utc(latest)}. "
                + $"Check option {OptionNames.RejectFutureDesiredTime}", ProposeSlots: false);
        }

        if (service.BusinessHoursService is { } name && officeHours.Find(name) is { } hours && !hours.IsOpenAt(desired))
            return new DesiredTimeRefusal($"Office closed at desired time {GmsTime.Utc(desired)}.", ProposeSlots: true);

        return null;
    }
}
