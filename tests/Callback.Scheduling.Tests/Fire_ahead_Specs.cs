using Callback.Sagas.Messaging.Scheduling;
using MassTransit;
using Quartz;

namespace Callback.Scheduling.Tests;

/// <summary>
/// Quartz's documentation says a fire-ahead window fires timers early by up to the window; a callback's timer must never be
/// early. Quartz 4.7.3 acquires such a timer with the batch but fires it at its own time, on the database store as in
/// memory: this guards that, so a Quartz that fires early fails here rather than in production.
/// </summary>
public sealed class Fire_ahead_Specs :
    IDisposable
{
    readonly string _file = Path.Combine(Path.GetTempPath(), $"scheduling-tests-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task A_timer_acquired_ahead_with_an_earlier_one_is_still_sent_at_its_own_time()
    {
        await using var host = await SchedulerTestHost.StartAsync(o =>
        {
            o.JobStore = SchedulerJobStore.Database;
            o.ConnectionString = $"Data Source={_file};Pooling=false";
            o.SchemaProvisioning = SchemaProvisioning.CreateIfMissing;
            o.MaxBatchSize = 2;
            o.BatchTriggerAcquisitionFireAheadTimeWindow = TimeSpan.FromSeconds(10);
        });
        var (first, second) = (new Appointment(NewId.NextGuid(), "first"), new Appointment(NewId.NextGuid(), "second"));
        var at = host.Now.AddMinutes(1);
        await host.Schedule(first, at);
        await host.Schedule(second, at.AddSeconds(5));
        await host.Scheduled(first.AppointmentId, at);
        await host.Scheduled(second.AppointmentId, at.AddSeconds(5));

        host.AdvanceTo(at);
        await host.Arrived(first.AppointmentId);

        // The window took effect: the second, 5 s from due, was acquired in the first's batch.
        var secondTrigger = ScheduledMessageKeys.Trigger(second.AppointmentId);
        await SchedulerTestHost.WaitFor(async () =>
                (await host.Quartz.QueryFireInstances(new FireInstanceQuery { State = null })).Items.Any(f => f.TriggerKey.Equals(secondTrigger)) ? host : null,
            "the second timer to be acquired with the first");
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        Assert.Empty(host.ArrivalsOf(second.AppointmentId));

        host.AdvanceTo(at.AddSeconds(5));
        Assert.Equal(at.AddSeconds(5), (await host.Arrived(second.AppointmentId)).At);
    }

    public void Dispose() => File.Delete(_file);
}
