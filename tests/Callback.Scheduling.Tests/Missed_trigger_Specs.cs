using MassTransit;

namespace Callback.Scheduling.Tests;

public class Missed_trigger_Specs
{
    [Fact]
    public async Task A_message_that_fell_due_while_the_scheduler_was_stopped_arrives_as_soon_as_it_starts()
    {
        await using var host = await SchedulerTestHost.StartAsync();
        var appointment = new Appointment(NewId.NextGuid(), "Check-up");
        var at = host.Now.AddMinutes(1);

        // A scheduler on standby stores triggers and fires none, as a stopped one with a database store would.
        await host.Quartz.Standby();
        await host.Schedule(appointment, at);
        await host.Scheduled(appointment.AppointmentId, at);
        host.AdvanceTo(at.AddMinutes(30));
        var restarted = host.Now;
        await host.Scheduled(appointment.AppointmentId, at);
        Assert.Empty(host.ArrivalsOf(appointment.AppointmentId));

        await host.Quartz.Start();

        // Fired at once: the clock has not moved since the start.
        Assert.Equal(restarted, (await host.Arrived(appointment.AppointmentId)).At);
    }
}
