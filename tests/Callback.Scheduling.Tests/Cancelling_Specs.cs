using Callback.Sagas.Messaging.Scheduling;
using MassTransit;
using MassTransit.Scheduling;

namespace Callback.Scheduling.Tests;

public class Cancelling_Specs
{
    [Fact]
    public async Task A_cancelled_message_never_arrives_and_Quartz_keeps_no_trigger_for_it()
    {
        await using var host = await SchedulerTestHost.StartAsync();
        var appointment = new Appointment(NewId.NextGuid(), "Cancelled check-up");
        var at = host.Now.AddMinutes(10);
        await host.Schedule(appointment, at);
        await host.Scheduled(appointment.AppointmentId, at);

        await host.Cancel(appointment.AppointmentId);

        await host.Unscheduled(appointment.AppointmentId);
        Assert.Null(await host.Quartz.GetTrigger(ScheduledMessageKeys.Trigger(appointment.AppointmentId)));
        host.AdvanceTo(at.AddMinutes(1));
        await host.FireEverythingDue();
        Assert.Empty(host.ArrivalsOf(appointment.AppointmentId));
    }

    [Fact]
    public async Task A_cancel_that_overtakes_its_schedule_fails_nothing_and_the_schedule_still_stands()
    {
        await using var host = await SchedulerTestHost.StartAsync();
        var appointment = new Appointment(NewId.NextGuid(), "Check-up");

        await host.Cancel(appointment.AppointmentId);

        var cancel = await SchedulerTestHost.WaitFor(
            () => Task.FromResult(host.Harness.Consumed.Select<CancelScheduledMessage>(m => m.Context.Message.TokenId == appointment.AppointmentId,
                new CancellationToken(true)).FirstOrDefault()),
            "the scheduler to consume the cancel");
        Assert.Null(cancel.Exception);
        Assert.Empty(host.Harness.Published.Select<Fault<CancelScheduledMessage>>(new CancellationToken(true)));

        var at = host.Now.AddMinutes(10);
        await host.Schedule(appointment, at);
        await host.Scheduled(appointment.AppointmentId, at);
        host.AdvanceTo(at);

        Assert.Equal(at, (await host.Arrived(appointment.AppointmentId)).At);
    }
}
