using static Callback.Web.Tests.Calendars.OfficeHoursConfiguration;

namespace Callback.Web.Tests.Calendars;

public class Dated_hours_Specs
{
    static OfficeHoursConfiguration Weekdays() => new OfficeHoursConfiguration().Zone("UTC").Regular("Mon-Fri 08:00-20:00");

    static IEnumerable<string> Day(Callback.Web.Calendars.OfficeHours hours, string date) =>
        Texts(hours.OpenPeriods(Utc(date + "T00:00:00Z"), Utc(date + "T00:00:00Z").AddDays(1)));

    [Fact]
    public void An_added_date_opens_a_closed_day_every_year()
    {
        var hours = Weekdays().Add("11-28 10:00-14:00").Build();

        Assert.Equal(["2026-11-28 10:00/2026-11-28 14:00"], Day(hours, "2026-11-28"));
        Assert.Equal(["2027-11-28 10:00/2027-11-28 14:00"], Day(hours, "2027-11-28"));
    }

    [Fact]
    public void An_added_date_with_a_year_opens_that_year_only()
    {
        var hours = Weekdays().Add("2026-11-28 10:00-14:00").Build();

        Assert.Single(Day(hours, "2026-11-28"));
        Assert.Empty(Day(hours, "2027-11-28"));
    }

    [Fact]
    public void Added_hours_extend_a_working_day()
    {
        var hours = Weekdays().Add("11-26 19:00-22:00").Build();

        Assert.Equal(["2026-11-26 08:00/2026-11-26 22:00"], Day(hours, "2026-11-26"));
    }

    [Fact]
    public void A_dropped_date_is_closed_all_day()
    {
        var hours = Weekdays().Drop("12-25").Build();

        Assert.Empty(Day(hours, "2026-12-25"));
        Assert.Single(Day(hours, "2026-12-24"));
    }

    [Fact]
    public void A_dropped_date_with_a_year_is_closed_that_year_only()
    {
        var hours = Weekdays().Drop("2026-11-26").Build();

        Assert.Empty(Day(hours, "2026-11-26"));
        Assert.Single(Day(hours, "2027-11-26"));
    }

    [Fact]
    public void Dropped_hours_close_part_of_a_day()
    {
        var hours = Weekdays().Drop("11-26 12:00-14:00").Build();

        Assert.Equal(["2026-11-26 08:00/2026-11-26 12:00", "2026-11-26 14:00/2026-11-26 20:00"], Day(hours, "2026-11-26"));
    }

    [Fact]
    public void A_closed_date_with_added_hours_keeps_only_those_hours()
    {
        var hours = Weekdays().Drop("12-24").Add("12-24 09:00-12:00").Build();

        Assert.Equal(["2026-12-24 09:00/2026-12-24 12:00"], Day(hours, "2026-12-24"));
    }

    [Fact]
    public void The_29th_of_February_falls_in_leap_years_only()
    {
        var hours = new OfficeHoursConfiguration().Add("02-29 10:00-11:00").Build();

        Assert.Single(Day(hours, "2028-02-29"));
        Assert.Empty(Day(hours, "2027-03-01"));
    }

    [Fact]
    public void Dated_hours_are_read_on_the_clock_of_the_zone()
    {
        var hours = new OfficeHoursConfiguration().Zone("America/New_York").Add("2026-11-28 10:00-14:00").Build();

        Assert.Equal(["2026-11-28 15:00/2026-11-28 19:00"], Day(hours, "2026-11-28"));
    }
}
