using Callback.Web.Calendars;
using static Callback.Web.Tests.Calendars.OfficeHoursConfiguration;

namespace Callback.Web.Tests.Calendars;

/// <summary>The business day of a time, as availability's <c>timestamp</c> answers it.</summary>
public class Business_day_Specs
{
    /// <summary>A night shift: Monday to Friday evenings, on until 06:00 the next morning.</summary>
    static readonly OfficeHours NightShift = new OfficeHoursConfiguration()
        .Regular("Mon-Fri 22:00-24:00").Regular("Tue-Sat 00:00-06:00").Build();

    [Fact]
    public void A_day_office_gives_its_local_day()
    {
        var hours = new OfficeHoursConfiguration().Zone("Europe/Paris").Regular("Mon-Fri 09:00-12:00").Build();

        var day = hours.BusinessDayOf(Utc("2026-11-26T23:30:00Z"));

        // 23:30Z on Thursday is already Friday in Paris, whose day starts at 23:00Z.
        Assert.Equal(Utc("2026-11-26T23:00:00Z"), day.Start);
        Assert.Equal(Utc("2026-11-27T23:00:00Z"), day.End);
    }

    [Fact]
    public void A_night_shift_that_ends_after_midnight_is_given_whole_with_the_day_it_started()
    {
        var day = NightShift.BusinessDayOf(Utc("2026-11-25T14:00:00Z"));

        Assert.Equal(Utc("2026-11-24T22:00:00Z"), day.Start);
        Assert.Equal(Utc("2026-11-26T06:00:00Z"), day.End);
    }

    [Fact]
    public void Midnights_with_no_open_period_over_them_stay_where_they_are()
    {
        var day = NightShift.BusinessDayOf(Utc("2026-11-23T12:00:00Z"));

        // Sunday night is closed, so Monday's day begins at its midnight; Monday's shift runs on into Tuesday.
        Assert.Equal(Utc("2026-11-23T00:00:00Z"), day.Start);
        Assert.Equal(Utc("2026-11-24T06:00:00Z"), day.End);
    }

    [Fact]
    public void An_office_open_around_the_clock_still_answers_one_day_and_a_day_either_side_at_most()
    {
        var hours = new OfficeHoursConfiguration().Regular("Mon-Sun 00:00-24:00").Build();

        var day = hours.BusinessDayOf(Utc("2026-11-25T14:00:00Z"));

        Assert.True(day.End - day.Start <= TimeSpan.FromDays(3));
        Assert.True(day.Start <= Utc("2026-11-25T00:00:00Z") && day.End >= Utc("2026-11-26T00:00:00Z"));
    }
}
