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
    public async Task A_cancel_for_a_token_never_scheduled_gives_up_after_its_retries_and_fails_nothing_and_a_later_schedule_stands()
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

    [Fact]
    public async Task Cancels_that_overtake_their_schedules_by_moments_still_cancel_them()
    {
        await using var host = await SchedulerTestHost.StartAsync();
        var appointments = Enumerable.Range(0, 20).Select(i => new Appointment(NewId.NextGuid(), $"Check-up {i}")).ToList();
        var at = host.Now.AddMinutes(10);

        // Each cancel is sent just before its schedule; the scheduler takes them in either order, many cancels first.
        await Task.WhenAll(appointments.Select(async a =>
        {
            await host.Cancel(a.AppointmentId);
            await host.Schedule(a, at);
        }));

        foreach (var appointment in appointments)
        {
            await SchedulerTestHost.WaitFor(
                () => Task.FromResult(host.Harness.Consumed.Select<CancelScheduledMessage>(m => m.Context.Message.TokenId == appointment.AppointmentId,
                    new CancellationToken(true)).FirstOrDefault()),
                $"the cancel of {appointment.AppointmentId} to be done");
            Assert.True(host.Harness.Consumed.Select<ScheduleMessage>(m => m.Context.Message.CorrelationId == appointment.AppointmentId,
                new CancellationToken(true)).Any(), "the schedule was stored");
            Assert.False(await host.Quartz.Exists(ScheduledMessageKeys.Trigger(appointment.AppointmentId)),
                $"the trigger of {appointment.AppointmentId} outlived its cancel");
        }

        host.AdvanceTo(at.AddMinutes(1));
        await host.FireEverythingDue();
        Assert.All(appointments, a => Assert.Empty(host.ArrivalsOf(a.AppointmentId)));
    }
}
