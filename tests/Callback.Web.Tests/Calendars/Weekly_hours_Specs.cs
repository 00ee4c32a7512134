using static Callback.Web.Tests.Calendars.OfficeHoursConfiguration;

namespace Callback.Web.Tests.Calendars;

public class Weekly_hours_Specs
{
    // 2026-11-23 is a Monday.
    static readonly DateTimeOffset Monday = Utc("2026-11-23T00:00:00Z");

    [Fact]
    public void Working_days_are_open_their_hours_and_the_weekend_is_closed()
    {
        var hours = new OfficeHoursConfiguration().Zone("UTC").Regular("Mon-Fri 08:00-20:00").Build();

        var week = hours.OpenPeriods(Monday, Monday.AddDays(7));

        Assert.Equal(
            ["2026-11-23 08:00/2026-11-23 20:00", "2026-11-24 08:00/2026-11-24 20:00", "2026-11-25 08:00/2026-11-25 20:00",
             "2026-11-26 08:00/2026-11-26 20:00", "2026-11-27 08:00/2026-11-27 20:00"],
            Texts(week));
    }

    [Fact]
    public void A_single_day_and_several_ranges_of_a_day_each_count()
    {
        var hours = new OfficeHoursConfiguration().Regular("Mon,Wed 08:00-12:00, 14:00-18:00").Regular("Sat 10:00-14:00").Build();

        var week = hours.OpenPeriods(Monday, Monday.AddDays(7));

        Assert.Equal(
            ["2026-11-23 08:00/2026-11-23 12:00", "2026-11-23 14:00/2026-11-23 18:00", "2026-11-25 08:00/2026-11-25 12:00",
             "2026-11-25 14:00/2026-11-25 18:00", "2026-11-28 10:00/2026-11-28 14:00"],
            Texts(week));
    }

    [Fact]
    public void Round_the_clock_hours_make_one_period_cut_at_the_asked_ends()
    {
        var hours = new OfficeHoursConfiguration().Regular("Mon-Sun 00:00-24:00").Build();

        var periods = hours.OpenPeriods(Monday.AddHours(5), Monday.AddDays(3).AddHours(1));

        Assert.Equal(["2026-11-23 05:00/2026-11-26 01:00"], Texts(periods));
    }

    [Fact]
    public void A_range_of_days_may_wrap_over_the_weekend()
    {
        var hours = new OfficeHoursConfiguration().Regular("Fri-Mon 09:00-10:00").Build();

        var days = hours.OpenPeriods(Monday, Monday.AddDays(7)).Select(p => p.Start.DayOfWeek);

        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday], days);
    }

    [Fact]
    public void Open_means_from_the_opening_minute_up_to_but_not_at_the_closing_one()
    {
        var hours = new OfficeHoursConfiguration().Regular("Mon-Fri 08:00-20:00").Build();

        Assert.False(hours.IsOpenAt(Utc("2026-11-23T07:59:59Z")));
        Assert.True(hours.IsOpenAt(Utc("2026-11-23T08:00:00Z")));
        Assert.True(hours.IsOpenAt(Utc("2026-11-23T19:59:59Z")));
        Assert.False(hours.IsOpenAt(Utc("2026-11-23T20:00:00Z")));
        Assert.False(hours.IsOpenAt(Utc("2026-11-28T12:00:00Z")));
    }

    [Fact]
    public void Hours_are_read_on_the_clock_of_the_zone()
    {
        var hours = new OfficeHoursConfiguration().Zone("Asia/Kolkata").Regular("Mon 09:00-17:00").Build();

        Assert.Equal(["2026-11-23 03:30/2026-11-23 11:30"], Texts(hours.OpenPeriods(Monday, Monday.AddDays(1))));
    }

    [Fact]
    public void Without_hours_the_office_is_closed()
    {
        var hours = new OfficeHoursConfiguration().Zone("UTC").Build();

        Assert.Empty(hours.OpenPeriods(Monday, Monday.AddDays(7)));
    }
}
