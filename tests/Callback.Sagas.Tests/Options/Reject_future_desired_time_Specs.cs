using Callback.Sagas.Options;

namespace Callback.Sagas.Tests.Options;

public class When_reading_how_far_ahead_a_desired_time_may_be
{
    static readonly DateTimeOffset Now = new(2014, 7, 30, 14, 36, 16, TimeSpan.Zero);

    [Theory]
    [InlineData("1y", CalendarPeriodUnit.Year, "2015-07-30T14:36:16Z")]
    [InlineData("1M", CalendarPeriodUnit.Month, "2014-08-30T14:36:16Z")]
    [InlineData("2w", CalendarPeriodUnit.Week, "2014-08-13T14:36:16Z")]
    [InlineData("3d", CalendarPeriodUnit.Day, "2014-08-02T14:36:16Z")]
    [InlineData("12h", CalendarPeriodUnit.Hour, "2014-07-31T02:36:16Z")]
    [InlineData("90m", CalendarPeriodUnit.Minute, "2014-07-30T16:06:16Z")]
    public void Each_unit_adds_its_own_span(string text, CalendarPeriodUnit unit, string expected)
    {
        Assert.True(CalendarPeriod.TryParse(text, out var period));

        Assert.Equal(unit, period.Unit);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), period.AddTo(Now));
    }

    [Fact]
    public void A_month_is_a_calendar_month_not_thirty_days()
    {
        var endOfJanuary = new DateTimeOffset(2024, 1, 31, 9, 0, 0, TimeSpan.FromHours(1));

        Assert.Equal(new DateTimeOffset(2024, 2, 29, 9, 0, 0, TimeSpan.FromHours(1)), new CalendarPeriod(1, CalendarPeriodUnit.Month).AddTo(endOfJanuary));
    }

    [Theory]
    [InlineData("1M")]
    [InlineData("1m")]
    [InlineData("10d")]
    public void It_is_written_back_the_way_GMS_writes_it(string text)
    {
        Assert.True(CalendarPeriod.TryParse(text, out var period));

        Assert.Equal(text, period.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("M")]
    [InlineData("1")]
    [InlineData("0d")]
    [InlineData("-1d")]
    [InlineData("+1d")]
    [InlineData("1x")]
    [InlineData("1D")]
    [InlineData("1 d")]
    [InlineData("1.5d")]
    [InlineData("d1")]
    [InlineData("99999999999y")]
    public void A_text_that_is_not_a_positive_amount_and_a_unit_letter_is_refused(string text) =>
        Assert.False(CalendarPeriod.TryParse(text, out _));

    [Fact]
    public void A_period_reaching_past_the_end_of_the_calendar_ends_there()
    {
        Assert.True(CalendarPeriod.TryParse("99999y", out var period));

        Assert.Equal(DateTimeOffset.MaxValue, period.AddTo(Now));
    }

    [Fact]
    public void A_configured_period_is_read_into_the_service_options()
    {
        var options = new CallbackConfiguration()
            .Service("user-scheduled", (OptionNames.RejectFutureDesiredTime, "2w"))
            .ReadValid("user-scheduled");

        Assert.Equal(new CalendarPeriod(2, CalendarPeriodUnit.Week), options.RejectFutureDesiredTime);
    }
}
