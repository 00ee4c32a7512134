namespace Callback.Web.Calendars;

/// <summary>
/// One <c>_bh_add</c> or <c>_bh_drop</c> entry: hours of one date, every year (<c>MM-dd</c>, <see cref="Year"/> null)
/// or of one year only (<c>yyyy-MM-dd</c>). A drop without hours closes the whole day.
/// </summary>
internal sealed record DatedHours(int? Year, int Month, int Day, IReadOnlyList<MinuteRange> Hours)
{
    public bool Falls(DateOnly date) =>
        date.Month == Month && date.Day == Day && (Year is null || Year == date.Year);
}
