namespace Callback.Web.Calendars;

/// <summary>One <c>_bh_regular</c> entry: the hours the office keeps on each of some days of every week.</summary>
internal sealed record WeeklyHours(IReadOnlySet<DayOfWeek> Days, IReadOnlyList<MinuteRange> Hours);
