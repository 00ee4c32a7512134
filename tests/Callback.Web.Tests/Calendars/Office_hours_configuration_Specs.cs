namespace Callback.Web.Tests.Calendars;

public class Office_hours_configuration_Specs
{
    [Theory]
    [InlineData("_bh_regular1", "Mon-Fry 08:00-20:00", "Office hours service hours / _bh_regular1 'Mon-Fry 08:00-20:00' has an unknown day or range of days 'Mon-Fry'")]
    [InlineData("_bh_regular1", "08:00-20:00", "names no days")]
    [InlineData("_bh_regular1", "Mon-Fri", "names no hours")]
    [InlineData("_bh_regular1", "Mon-Fri 8h-20h", "has hours '8h-20h' that do not read")]
    [InlineData("_bh_regular1", "Mon-Fri 08:00-24:30", "has hours '08:00-24:30' that do not read")]
    [InlineData("_bh_regular1", "Mon-Fri 22:00-02:00", "end before they start")]
    [InlineData("_bh_add1", "12-24", "names no hours")]
    [InlineData("_bh_add1", "24-12 09:00-12:00", "does not start with a date")]
    [InlineData("_bh_drop1", "2026-02-30", "does not start with a date")]
    [InlineData("_timezone", "Europe/Pariss", "is not a known time zone")]
    [InlineData("_bh_reguler1", "Mon-Fri 08:00-20:00", "unknown option _bh_reguler1")]
    public void A_text_that_does_not_read_makes_the_service_unusable_and_says_why(string key, string text, string reason)
    {
        var configuration = new OfficeHoursConfiguration().Set(key, text);

        Assert.Null(configuration.Catalog().Find("hours"));
        Assert.Contains(reason, configuration.Problem(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_error_of_a_service_is_reported_at_once()
    {
        var problem = new OfficeHoursConfiguration().Regular("Mon-Fry 08:00-20:00").Drop("13-01").Problem();

        Assert.Contains("_bh_regular1", problem, StringComparison.Ordinal);
        Assert.Contains("_bh_drop1", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_service_that_is_not_configured_is_not_found()
    {
        var catalog = new OfficeHoursConfiguration().Regular("Mon-Fri 08:00-20:00").Catalog();

        Assert.Null(catalog.Find("office-hours"));
        Assert.Equal("Office hours service office-hours is not configured (Callback:OfficeHours:office-hours)", catalog.Problem("office-hours"));
    }

    [Fact]
    public void Names_match_without_case_and_GMS_own_keys_are_allowed()
    {
        var catalog = new OfficeHoursConfiguration("Office-Hours")
            .Set("_service", "office-hours").Set("_type", "builtin").Set("_ttl", "30")
            .Regular("Mon-Fri 08:00-20:00")
            .Catalog();

        var hours = catalog.Find("office-hours");

        Assert.Equal("Office-Hours", hours?.Name);
        Assert.Null(catalog.Problem("OFFICE-HOURS"));
    }

    [Fact]
    public void Without_a_time_zone_hours_are_UTC()
    {
        var hours = new OfficeHoursConfiguration().Regular("Mon-Fri 08:00-20:00").Build();

        Assert.Equal(TimeZoneInfo.Utc, hours.TimeZone);
    }
}
