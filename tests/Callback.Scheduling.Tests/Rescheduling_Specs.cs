using MassTransit;

namespace Callback.Scheduling.Tests;

public class Rescheduling_Specs
{
    [Fact]
    public async Task Scheduling_the_same_token_again_replaces_the_trigger_so_the_message_arrives_once_at_the_new_time()
    {
        await using var host = await SchedulerTestHost.StartAsync();
        var appointmentId = NewId.NextGuid();
        var first = host.Now.AddMinutes(10);
        var moved = host.Now.AddMinutes(20);
        await host.Schedule(new Appointment(appointmentId, "Thursday"), first);
        await host.Scheduled(appointmentId, first);

        await host.Schedule(new Appointment(appointmentId, "Friday"), moved);

        await host.Scheduled(appointmentId, moved);
        host.AdvanceTo(first.AddMinutes(1));
        await host.FireEverythingDue();
        Assert.Empty(host.ArrivalsOf(appointmentId));

        host.AdvanceTo(moved);
        var arrival = await host.Arrived(appointmentId);
        await host.FireEverythingDue();

        Assert.Equal("Friday", arrival.Message.Text);
        Assert.Equal(moved, arrival.At);
        Assert.Single(host.ArrivalsOf(appointmentId));
    }
}
