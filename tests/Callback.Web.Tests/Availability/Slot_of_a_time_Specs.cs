using Callback.Sagas.Options;
using Callback.Web.Availability;
using Microsoft.Extensions.DependencyInjection;
using static Callback.Web.Tests.Calendars.OfficeHoursConfiguration;

namespace Callback.Web.Tests.Availability;

/// <summary>The slot a booking at a given time goes to, as the start endpoint will ask for it.</summary>
public sealed class Slot_of_a_time_Specs : IDisposable
{
    readonly GenesysApiHost _host = new ApiSettings()
        .OfficeHours("paris-hours", ("_timezone", "Europe/Paris"), ("_bh_regular1", "Mon-Sun 00:00-24:00"))
        .OfficeHours("kolkata-hours", ("_timezone", "Asia/Kolkata"), ("_bh_regular1", "Mon-Sun 00:00-24:00"))
        .Host();

    SlotAvailability Availability => _host.Services.GetRequiredService<SlotAvailability>();

    static ServiceOptions Service(int bucketMinutes, string? hours = null) =>
        new() { ServiceName = "s", RequestTimeBucket = TimeSpan.FromMinutes(bucketMinutes), BusinessHoursService = hours };

    [Theory]
    [InlineData(5, null, "2026-11-26T09:07:30Z", "2026-11-26T09:05:00Z")]
    [InlineData(15, null, "2026-11-26T09:15:00Z", "2026-11-26T09:15:00Z")]
    [InlineData(120, null, "2026-11-26T09:59:00Z", "2026-11-26T08:00:00Z")]
    [InlineData(60, "kolkata-hours", "2026-11-26T04:10:00Z", "2026-11-26T03:30:00Z")]
    [InlineData(120, "paris-hours", "2026-11-26T09:59:00Z", "2026-11-26T09:00:00Z")]
    public void A_time_belongs_to_the_bucket_that_starts_on_the_office_clock_before_it(int bucket, string? hours, string time, string slot)
    {
        Assert.Equal(Utc(slot), Availability.SlotOf(Service(bucket, hours), Utc(time)));
    }

    [Theory]
    [InlineData(60, "2026-10-25T00:30:00Z", "2026-10-25T00:00:00Z")] // 02:30 CEST
    [InlineData(60, "2026-10-25T01:30:00Z", "2026-10-25T01:00:00Z")] // 02:30 CET, the second time round
    [InlineData(60, "2026-03-29T01:30:00Z", "2026-03-29T01:00:00Z")] // 03:30 CEST, just after the skipped hour
    [InlineData(120, "2026-03-29T00:30:00Z", "2026-03-28T23:00:00Z")] // 01:30 CET, in the bucket from midnight
    [InlineData(120, "2026-03-29T01:30:00Z", "2026-03-29T01:00:00Z")] // 03:30 CEST: the skipped 02:00 starts its bucket at the jump
    public void Across_a_DST_change_buckets_follow_the_wall_clock(int bucket, string time, string slot)
    {
        Assert.Equal(Utc(slot), Availability.SlotOf(Service(bucket, "paris-hours"), Utc(time)));
    }

    public void Dispose() => _host.Dispose();
}
