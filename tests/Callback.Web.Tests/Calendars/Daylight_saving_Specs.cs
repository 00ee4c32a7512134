using static Callback.Web.Tests.Calendars.OfficeHoursConfiguration;

namespace Callback.Web.Tests.Calendars;

/// <summary>Paris springs forward on 2026-03-29 (02:00 CET becomes 03:00 CEST at 01:00Z) and falls back on 2026-10-25 (03:00 CEST becomes 02:00 CET at 01:00Z).</summary>
public class Daylight_saving_Specs
{
    static Callback.Web.Calendars.OfficeHours Paris(string regular) => new OfficeHoursConfiguration().Zone("Europe/Paris").Regular(regular).Build();

    static IEnumerable<string> Around(Callback.Web.Calendars.OfficeHours hours, string date) =>
        Texts(hours.OpenPeriods(Utc(date + "T00:00:00Z").AddDays(-1), Utc(date + "T00:00:00Z").AddDays(2)));

    [Fact]
    public void Local_hours_stay_local_across_the_spring_change()
    {
        var hours = Paris("Sat-Sun 08:00-20:00");

        Assert.Equal(["2026-03-28 07:00/2026-03-28 19:00", "2026-03-29 06:00/2026-03-29 18:00"], Around(hours, "2026-03-29"));
    }

    [Fact]
    public void Local_hours_stay_local_across_the_autumn_change()
    {
        var hours = Paris("Sat-Sun 08:00-20:00");

        Assert.Equal(["2026-10-24 06:00/2026-10-24 18:00", "2026-10-25 07:00/2026-10-25 19:00"], Around(hours, "2026-10-25"));
    }

    [Fact]
    public void The_spring_day_is_23_hours_long_and_the_autumn_day_25()
    {
        var hours = Paris("Sun 00:00-24:00");

        Assert.Equal(["2026-03-28 23:00/2026-03-29 22:00"], Around(hours, "2026-03-29"));
        Assert.Equal(["2026-10-24 22:00/2026-10-25 23:00"], Around(hours, "2026-10-25"));
    }

    [Fact]
    public void Hours_starting_at_a_time_the_clock_skips_start_at_the_jump()
    {
        var hours = Paris("Sun 02:30-04:00");

        Assert.Equal(["2026-03-29 01:00/2026-03-29 02:00"], Around(hours, "2026-03-29"));
    }

    [Fact]
    public void Hours_ending_at_a_time_the_clock_skips_end_at_the_jump()
    {
        var hours = Paris("Sun 00:00-02:30");

        Assert.Equal(["2026-03-28 23:00/2026-03-29 01:00"], Around(hours, "2026-03-29"));
    }

    [Fact]
    public void Hours_starting_at_a_repeated_time_start_when_the_clock_first_shows_it()
    {
        var hours = Paris("Sun 02:30-05:00");

        Assert.Equal(["2026-10-25 00:30/2026-10-25 04:00"], Around(hours, "2026-10-25"));
    }

    [Fact]
    public void Hours_ending_at_a_repeated_time_end_when_the_clock_last_shows_it()
    {
        var hours = Paris("Sun 00:00-02:30");

        Assert.Equal(["2026-10-24 22:00/2026-10-25 01:30"], Around(hours, "2026-10-25"));
    }

    [Fact]
    public void The_repeated_hour_is_open_both_times_the_clock_shows_it()
    {
        var hours = Paris("Sun 02:00-03:00");

        Assert.True(hours.IsOpenAt(Utc("2026-10-25T00:15:00Z")));
        Assert.True(hours.IsOpenAt(Utc("2026-10-25T01:15:00Z")));
        Assert.False(hours.IsOpenAt(Utc("2026-10-25T02:00:00Z")));
    }

    [Fact]
    public void New_York_changes_on_its_own_dates()
    {
        var hours = new OfficeHoursConfiguration().Zone("America/New_York").Regular("Mon-Fri 09:00-17:00").Regular("Sun 01:30-03:30").Build();

        // EDT (-4) until 2026-11-01, EST (-5) after; EST until 2026-03-08, when 02:00 becomes 03:00.
        Assert.Equal(["2026-10-30 13:00/2026-10-30 21:00"], Texts(hours.OpenPeriods(Utc("2026-10-30T00:00:00Z"), Utc("2026-10-31T00:00:00Z"))));
        Assert.Equal(["2026-11-02 14:00/2026-11-02 22:00"], Texts(hours.OpenPeriods(Utc("2026-11-02T00:00:00Z"), Utc("2026-11-03T00:00:00Z"))));
        Assert.Equal(["2026-03-08 06:30/2026-03-08 07:30"], Texts(hours.OpenPeriods(Utc("2026-03-08T00:00:00Z"), Utc("2026-03-09T00:00:00Z"))));
    }
}
