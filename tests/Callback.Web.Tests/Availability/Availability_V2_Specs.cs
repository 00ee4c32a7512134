using System.Text.Json;
using static Callback.Web.Tests.Calendars.OfficeHoursConfiguration;

namespace Callback.Web.Tests.Availability;

/// <summary>The clock starts Wednesday 2026-11-25 09:00Z; <c>user-scheduled</c> is open Mon-Fri 08:00-20:00 UTC in hourly slots of 100.</summary>
public sealed class Availability_V2_Specs : IDisposable
{
    readonly GenesysApiHost _host = new ApiSettings()
        .Service("small", ("_business_hours_service", "office-hours"), ("_request_time_bucket", "60"), ("_max_request_by_time_bucket", "2"))
        .Service("paris", ("_business_hours_service", "paris-hours"), ("_request_time_bucket", "60"), ("_reject_future_desired_time", "1y"))
        .OfficeHours("paris-hours", ("_timezone", "Europe/Paris"), ("_bh_regular1", "Mon-Sun 00:00-24:00"))
        .Service("kolkata", ("_business_hours_service", "kolkata-hours"), ("_request_time_bucket", "15"))
        .OfficeHours("kolkata-hours", ("_timezone", "Asia/Kolkata"), ("_bh_regular1", "Mon-Fri 09:00-17:00"))
        .Host();

    static IEnumerable<string> Texts(JsonElement answer, string property) =>
        answer.GetProperty("slots").EnumerateArray().Select(slot => slot.GetProperty(property).GetString()!);

    [Fact]
    public async Task The_answer_gives_the_bucket_width_and_each_slot_with_its_free_and_total_places()
    {
        var answer = await _host.V2Answer("user-scheduled", "?start=2026-11-26T08:00:00.000Z&max-time-slots=2");

        Assert.Equal(
            """{"durationMin":60,"slots":[{"utcTime":"2026-11-26T08:00:00.000Z","capacity":100,"total":100},{"utcTime":"2026-11-26T09:00:00.000Z","capacity":100,"total":100}]}""",
            answer.GetRawText());
    }

    [Fact]
    public async Task Full_slots_are_left_out_unless_busy_ones_are_asked_for()
    {
        await _host.Book("small", Utc("2026-11-26T09:00:00Z"), places: 2, capacity: 2);
        await _host.Book("small", Utc("2026-11-26T10:00:00Z"), places: 1, capacity: 2);

        var quiet = await _host.V2Answer("small", "?start=2026-11-26T08:00:00.000Z&max-time-slots=3");
        var busy = await _host.V2Answer("small", "?start=2026-11-26T08:00:00.000Z&max-time-slots=3&report-busy=true");

        Assert.Equal(["2026-11-26T08:00:00.000Z", "2026-11-26T10:00:00.000Z", "2026-11-26T11:00:00.000Z"], Texts(quiet, "utcTime"));
        Assert.Equal([2, 0, 1], busy.GetProperty("slots").EnumerateArray().Select(s => s.GetProperty("capacity").GetInt32()));
        Assert.All(busy.GetProperty("slots").EnumerateArray(), s => Assert.Equal(2, s.GetProperty("total").GetInt32()));
    }

    [Fact]
    public async Task A_timezone_reads_times_without_an_offset_and_gives_each_slot_its_local_time()
    {
        var answer = await _host.V2Answer("user-scheduled", "?timezone=America/New_York&start=2026-11-26T05:00:00&end=2026-11-26T07:00");

        Assert.Equal("America/New_York", answer.GetProperty("timezone").GetString());
        Assert.Equal(["2026-11-26T10:00:00.000Z", "2026-11-26T11:00:00.000Z"], Texts(answer, "utcTime"));
        Assert.Equal(["2026-11-26T05:00:00.000", "2026-11-26T06:00:00.000"], Texts(answer, "localTime"));
    }

    [Fact]
    public async Task Times_with_an_offset_keep_it_whatever_the_timezone()
    {
        var answer = await _host.V2Answer("user-scheduled", "?timezone=Europe/Paris&start=2026-11-26T12:00:00%2B01:00&max-time-slots=1");

        Assert.Equal(["2026-11-26T11:00:00.000Z"], Texts(answer, "utcTime"));
        Assert.Equal(["2026-11-26T12:00:00.000"], Texts(answer, "localTime"));
    }

    [Fact]
    public async Task Start_and_end_may_be_given_in_epoch_milliseconds()
    {
        var start = Utc("2026-11-26T15:00:00Z").ToUnixTimeMilliseconds();
        var end = Utc("2026-11-26T17:00:00Z").ToUnixTimeMilliseconds();

        var answer = await _host.V2Answer("user-scheduled", $"?start-ms={start}&end-ms={end}");

        Assert.Equal(["2026-11-26T15:00:00.000Z", "2026-11-26T16:00:00.000Z"], Texts(answer, "utcTime"));
    }

    [Fact]
    public async Task Buckets_start_on_round_times_of_the_office_clock()
    {
        var answer = await _host.V2Answer("kolkata", "?timezone=Asia/Kolkata&start=2026-11-26T09:00:00&max-time-slots=3");

        Assert.Equal(15, answer.GetProperty("durationMin").GetInt32());
        Assert.Equal(["2026-11-26T03:30:00.000Z", "2026-11-26T03:45:00.000Z", "2026-11-26T04:00:00.000Z"], Texts(answer, "utcTime"));
        Assert.Equal(["2026-11-26T09:00:00.000", "2026-11-26T09:15:00.000", "2026-11-26T09:30:00.000"], Texts(answer, "localTime"));
    }

    [Fact]
    public async Task The_autumn_day_has_25_hourly_slots_with_the_repeated_hour_twice()
    {
        var answer = await _host.V2Answer("paris", "?timezone=Europe/Paris&start=2026-10-25T00:00:00&end=2026-10-26T00:00:00");

        var local = Texts(answer, "localTime").ToList();
        Assert.Equal(25, local.Count);
        Assert.Equal(2, local.Count(t => t == "2026-10-25T02:00:00.000"));
        Assert.Equal(["2026-10-25T00:00:00.000Z", "2026-10-25T01:00:00.000Z"],
            Texts(answer, "utcTime").Where((_, i) => local[i] == "2026-10-25T02:00:00.000"));
    }

    [Fact]
    public async Task The_spring_day_has_23_hourly_slots_and_none_at_the_skipped_hour()
    {
        var answer = await _host.V2Answer("paris", "?timezone=Europe/Paris&start=2027-03-28T00:00:00&end=2027-03-29T00:00:00");

        var local = Texts(answer, "localTime").ToList();
        Assert.Equal(23, local.Count);
        Assert.DoesNotContain("2027-03-28T02:00:00.000", local);
        Assert.Contains("2027-03-28T03:00:00.000", local);
    }

    public void Dispose() => _host.Dispose();
}
