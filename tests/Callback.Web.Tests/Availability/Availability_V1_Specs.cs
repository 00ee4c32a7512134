using static Callback.Web.Tests.Calendars.OfficeHoursConfiguration;

namespace Callback.Web.Tests.Availability;

/// <summary>The preconfigured <c>user-scheduled</c>: Mon-Fri 08:00-20:00 UTC, hourly slots of 100; the clock starts Wednesday 2026-11-25 09:00Z.</summary>
public sealed class Availability_V1_Specs : IDisposable
{
    readonly GenesysApiHost _host = new ApiSettings()
        .Service("paris", ("_business_hours_service", "paris-hours"), ("_request_time_bucket", "60"))
        .OfficeHours("paris-hours", ("_timezone", "Europe/Paris"), ("_bh_regular1", "Mon-Fri 09:00-12:00"))
        .Service("small", ("_business_hours_service", "office-hours"), ("_request_time_bucket", "60"), ("_max_request_by_time_bucket", "2"))
        .Service("holidays", ("_business_hours_service", "holiday-hours"), ("_request_time_bucket", "60"))
        .OfficeHours("holiday-hours", ("_bh_regular1", "Mon-Fri 08:00-20:00"), ("_bh_drop1", "11-26"), ("_bh_drop2", "2026-11-27 09:00-19:00"),
            ("_bh_add1", "2026-11-28 10:00-12:00"))
        .Service("night", ("_business_hours_service", "night-shift"), ("_request_time_bucket", "60"))
        .OfficeHours("night-shift", ("_bh_regular1", "Mon-Fri 22:00-24:00"), ("_bh_regular2", "Tue-Sat 00:00-06:00"))
        .Service("short-notice", ("_business_hours_service", "office-hours"), ("_request_time_bucket", "60"), ("_reject_future_desired_time", "1d"))
        .Host();

    static IEnumerable<string> Hourly(string date, int from, int to) =>
        Enumerable.Range(from, to - from + 1).Select(h => $"{date}T{h:00}:00:00.000Z");

    [Fact]
    public async Task The_seed_request_answers_every_slot_of_the_business_day_holding_the_timestamp()
    {
        var slots = await _host.V1Slots("user-scheduled", "?timestamp=2026-11-26T14:00:00.000Z&_=1406647599350");

        Assert.Equal(Hourly("2026-11-26", 8, 19), slots.Select(s => s.Slot));
        Assert.All(slots, s => Assert.Equal(100, s.Free));
    }

    [Fact]
    public async Task A_timestamp_after_closing_or_on_a_morning_already_past_still_answers_that_day_as_GMS_does()
    {
        Assert.Equal(Hourly("2026-11-26", 8, 19), (await _host.V1Slots("user-scheduled", "?timestamp=2026-11-26T21:30:00.000Z")).Select(s => s.Slot));
        Assert.Equal(Hourly("2026-11-25", 8, 19), (await _host.V1Slots("user-scheduled", "?timestamp=2026-11-25T14:00:00.000Z")).Select(s => s.Slot));
    }

    [Fact]
    public async Task A_timestamp_on_a_closed_day_answers_no_slots()
    {
        Assert.Empty(await _host.V1Slots("user-scheduled", "?timestamp=2026-11-28T14:00:00.000Z"));
    }

    [Fact]
    public async Task The_day_of_a_timestamp_is_the_day_on_the_office_clock()
    {
        // 23:30Z on Thursday is already Friday 00:30 in Paris.
        var slots = await _host.V1Slots("paris", "?timestamp=2026-11-26T23:30:00.000Z");

        Assert.Equal(["2026-11-27T08:00:00.000Z", "2026-11-27T09:00:00.000Z", "2026-11-27T10:00:00.000Z"], slots.Select(s => s.Slot));
    }

    [Fact]
    public async Task A_timestamp_answers_office_hours_that_cross_midnight_whole()
    {
        var slots = await _host.V1Slots("night", "?timestamp=2026-11-26T14:00:00.000Z");

        // Thursday begins inside Wednesday night's shift (from 22:00) and ends inside its own (to Friday 06:00): both whole.
        Assert.Equal(["2026-11-25T22:00:00.000Z", "2026-11-25T23:00:00.000Z", .. Hourly("2026-11-26", 0, 5), "2026-11-26T22:00:00.000Z", "2026-11-26T23:00:00.000Z", .. Hourly("2026-11-27", 0, 5)],
            slots.Select(s => s.Slot));
    }

    [Fact]
    public async Task Dated_closures_and_additions_change_the_slots_of_their_day()
    {
        Assert.Empty(await _host.V1Slots("holidays", "?timestamp=2026-11-26T12:00:00.000Z"));
        Assert.Equal(["2026-11-27T08:00:00.000Z", "2026-11-27T19:00:00.000Z"],
            (await _host.V1Slots("holidays", "?timestamp=2026-11-27T12:00:00.000Z")).Select(s => s.Slot));
        Assert.Equal(["2026-11-28T10:00:00.000Z", "2026-11-28T11:00:00.000Z"],
            (await _host.V1Slots("holidays", "?timestamp=2026-11-28T12:00:00.000Z")).Select(s => s.Slot));
    }

    [Fact]
    public async Task Without_parameters_it_answers_the_day_ahead_from_now()
    {
        var slots = await _host.V1Slots("user-scheduled");

        Assert.Equal(Hourly("2026-11-25", 9, 19).Append("2026-11-26T08:00:00.000Z"), slots.Select(s => s.Slot));
    }

    [Fact]
    public async Task Start_and_end_choose_the_window_and_slots_start_inside_it()
    {
        var slots = await _host.V1Slots("user-scheduled", "?start=2026-11-26T10:30:00.000Z&end=2026-11-26T13:00:00Z");

        Assert.Equal(["2026-11-26T11:00:00.000Z", "2026-11-26T12:00:00.000Z"], slots.Select(s => s.Slot));
    }

    [Fact]
    public async Task Number_of_days_reaches_over_the_weekend()
    {
        var slots = await _host.V1Slots("user-scheduled", "?start=2026-11-27T19:00:00.000Z&number-of-days=3");

        Assert.Equal(["2026-11-27T19:00:00.000Z", .. Hourly("2026-11-30", 8, 18)], slots.Select(s => s.Slot));
    }

    [Fact]
    public async Task Max_time_slots_keeps_the_first_ones()
    {
        var slots = await _host.V1Slots("user-scheduled", "?start=2026-11-26T00:00:00.000Z&max-time-slots=3");

        Assert.Equal(Hourly("2026-11-26", 8, 10), slots.Select(s => s.Slot));
    }

    [Fact]
    public async Task Booked_places_are_taken_off_and_a_full_slot_is_left_out()
    {
        await _host.Book("small", Utc("2026-11-26T09:00:00Z"), places: 1, capacity: 2);
        await _host.Book("small", Utc("2026-11-26T10:00:00Z"), places: 2, capacity: 2);

        var slots = await _host.V1Slots("small", "?timestamp=2026-11-26T09:00:00.000Z");

        Assert.Contains(("2026-11-26T08:00:00.000Z", 2), slots);
        Assert.Contains(("2026-11-26T09:00:00.000Z", 1), slots);
        Assert.DoesNotContain(slots, s => s.Slot == "2026-11-26T10:00:00.000Z");
        Assert.Equal(11, slots.Count);
    }

    [Fact]
    public async Task Slots_the_service_would_refuse_as_too_far_ahead_are_not_offered()
    {
        var slots = await _host.V1Slots("short-notice", "?number-of-days=5");

        Assert.Equal("2026-11-26T08:00:00.000Z", slots[^1].Slot);
    }

    public void Dispose() => _host.Dispose();
}
