using MassTransit;

namespace Callback.Scheduling.Tests;

public class Failed_send_Specs
{
    [Fact]
    public async Task A_message_whose_send_fails_is_fired_again_a_second_later_and_arrives()
    {
        var broker = new FailOnceSendFilter();
        await using var host = await SchedulerTestHost.StartAsync(bus: cfg => cfg.ConfigureSend(s => s.UseFilter(broker)));
        var appointment = new Appointment(NewId.NextGuid(), "Check-up");
        var at = host.Now.AddMinutes(1);
        await host.Schedule(appointment, at);
        await host.Scheduled(appointment.AppointmentId, at);

        host.AdvanceTo(at);
        await broker.Failed.WaitAsync(TimeSpan.FromSeconds(30));

        // Quartz keeps the trigger for its retry, due a second after the failed firing (the clock has not moved).
        var retry = at.AddSeconds(1);
        await host.Scheduled(appointment.AppointmentId, retry);
        host.AdvanceTo(retry);
        Assert.Equal(retry, (await host.Arrived(appointment.AppointmentId)).At);
    }
}
