using Callback.Sagas.Options;

namespace Callback.Web.Api.Availability;

/// <summary>
/// The stretch of time an availability request asks about: from <c>start</c> (default now) to <c>end</c>, or
/// <c>number-of-days</c> days after the start, or one day after it when neither is given. It is cut where the service
/// stops taking bookings (<c>_reject_future_desired_time</c> from now), and may not span more than a leap year. Times
/// come from <see cref="AvailabilityQuery"/>, which keeps them far enough from the end of the calendar to add days to.
/// </summary>
internal static class AvailabilityWindow
{
    public const string NumberOfDays = "number-of-days";
    const int MostDays = 366;
    static readonly TimeSpan Longest = TimeSpan.FromDays(MostDays);

    public static (DateTimeOffset From, DateTimeOffset To) Of(AvailabilityQuery query, ServiceOptions service, DateTimeOffset now,
        DateTimeOffset? start, DateTimeOffset? end)
    {
        var (from, to) = Stretch(query, start ?? now, end, defaultDays: 1);
        return Bounded(service, now, from, to);
    }

    /// <summary>
    /// From <paramref name="from"/> to <paramref name="end"/>, or <c>number-of-days</c> days after it, or
    /// <paramref name="defaultDays"/> when neither is given; an end before the start, both given, or a stretch longer than
    /// a leap year is refused on <paramref name="query"/>. The calendar service reads its stretch this way too.
    /// </summary>
    public static (DateTimeOffset From, DateTimeOffset To) Stretch(AvailabilityQuery query, DateTimeOffset from, DateTimeOffset? end, int defaultDays)
    {
        var days = query.Positive(NumberOfDays, MostDays);
        if (end is not null && days is not null)
            query.Refuse($"Give end or {NumberOfDays}, not both");

        var to = end ?? from.AddDays(days ?? defaultDays);
        if (to < from)
            query.Refuse($"The end {GmsTime.Utc(to)} is before the start {GmsTime.Utc(from)}");
        else if (to - from > Longest)
            query.Refuse($"The window from {GmsTime.Utc(from)} to {GmsTime.Utc(to)} is longer than {Longest.TotalDays} days");

        return (from, to);
    }

    /// <summary>The window cut where <c>_reject_future_desired_time</c> refuses bookings: slots past it could not be booked.</summary>
    public static (DateTimeOffset From, DateTimeOffset To) Bounded(ServiceOptions service, DateTimeOffset now, DateTimeOffset from, DateTimeOffset to)
    {
        var limit = service.RejectFutureDesiredTime.AddTo(now);
        return (from, to < limit ? to : limit);
    }
}
