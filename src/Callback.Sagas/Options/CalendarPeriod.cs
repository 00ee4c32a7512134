using System.Globalization;

namespace Callback.Sagas.Options;

/// <summary>
/// A calendar period written the GMS way, <c>&lt;amount&gt;&lt;y|M|w|d|h|m&gt;</c> (<c>1M</c> is one month). Months and years
/// are calendar ones, not a fixed number of days, so the period is added to a moment rather than turned into a
/// <see cref="TimeSpan"/>.
/// </summary>
public readonly record struct CalendarPeriod(int Amount, CalendarPeriodUnit Unit)
{
    /// <summary>
    /// The moment this period after <paramref name="start"/>, in <paramref name="start"/>'s offset. A period that reaches
    /// past the end of the calendar (<c>99999y</c> is valid text) ends there: it then limits nothing, and configuration
    /// that says so must not make requests fail.
    /// </summary>
    public DateTimeOffset AddTo(DateTimeOffset start)
    {
        try
        {
            return Unit switch
            {
                CalendarPeriodUnit.Year => start.AddYears(Amount),
                CalendarPeriodUnit.Month => start.AddMonths(Amount),
                CalendarPeriodUnit.Week => start.AddDays(7.0 * Amount),
                CalendarPeriodUnit.Day => start.AddDays(Amount),
                CalendarPeriodUnit.Hour => start.AddHours(Amount),
                CalendarPeriodUnit.Minute => start.AddMinutes(Amount),
                _ => throw new InvalidOperationException($"Unknown calendar period unit {Unit}."),
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            return Amount > 0 ? DateTimeOffset.MaxValue : DateTimeOffset.MinValue;
        }
    }

    /// <summary>
    /// Reads <c>&lt;amount&gt;&lt;unit&gt;</c>: a positive whole amount and one unit letter, case-sensitive because
    /// <c>M</c> (month) and <c>m</c> (minute) differ.
    /// </summary>
    public static bool TryParse(string? text, out CalendarPeriod period)
    {
        period = default;
        if (string.IsNullOrEmpty(text) || text.Length < 2)
            return false;

        if (UnitOf(text[^1]) is not { } unit)
            return false;

        if (!int.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var amount)
            || amount < 1)
            return false;

        period = new CalendarPeriod(amount, unit);
        return true;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Amount}{LetterOf(Unit)}");

    static CalendarPeriodUnit? UnitOf(char letter) => letter switch
    {
        'y' => CalendarPeriodUnit.Year,
        'M' => CalendarPeriodUnit.Month,
        'w' => CalendarPeriodUnit.Week,
        'd' => CalendarPeriodUnit.Day,
        'h' => CalendarPeriodUnit.Hour,
        'm' => CalendarPeriodUnit.Minute,
        _ => null,
    };

    static char LetterOf(CalendarPeriodUnit unit) => unit switch
    {
        CalendarPeriodUnit.Year => 'y',
        CalendarPeriodUnit.Month => 'M',
        CalendarPeriodUnit.Week => 'w',
        CalendarPeriodUnit.Day => 'd',
        CalendarPeriodUnit.Hour => 'h',
        CalendarPeriodUnit.Minute => 'm',
        _ => throw new InvalidOperationException($"Unknown calendar period unit {unit}."),
    };
}
