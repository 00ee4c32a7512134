using MassTransit;

namespace Callback.Scheduling.Tests;

public class Saga_timer_Specs
{
    [Fact]
    public async Task A_saga_timer_reaches_the_saga_at_its_time_and_is_accepted_for_its_token()
    {
        await using var host = await SchedulerTestHost.StartAsync();
        var reminderId = NewId.NextGuid();
        var at = host.Now.AddMinutes(5);

        await host.Harness.Bus.Publish(new ReminderRequested(reminderId, at));
        var token = (await host.Reminder(reminderId, m => m.Waiting)).DueToken!.Value;
        await host.Scheduled(token, at);

        host.AdvanceTo(at);

        await host.Reminder(reminderId, m => m.Reminded);
        // The saga's own list: the bus-wide one keeps one entry per message id, and a scheduled message carries the id
        // of the ScheduleMessage that brought it, which that list has already seen.
        // The harness records the consumed message just after the saga saved its state: wait for the record as well.
        var due = (await SchedulerTestHost.WaitFor(
            () => Task.FromResult(host.Reminders.Consumed.Select<ReminderDue>(new CancellationToken(true)).SingleOrDefault()),
            "the saga's record of the ReminderDue it consumed")).Context;
        Assert.Equal(token, due.GetSchedulingTokenId());
    }

    [Fact]
    public async Task A_moved_saga_timer_fires_only_at_its_new_time()
    {
        await using var host = await SchedulerTestHost.StartAsync();
        var reminderId = NewId.NextGuid();
        var first = host.Now.AddMinutes(5);
        var moved = host.Now.AddMinutes(10);
        await host.Harness.Bus.Publish(new ReminderRequested(reminderId, first));
        var firstToken = (await host.Reminder(reminderId, m => m.Waiting)).DueToken!.Value;
        await host.Scheduled(firstToken, first);

        await host.Harness.Bus.Publish(new ReminderMoved(reminderId, moved));
        var movedToken = (await SchedulerTestHost.WaitFor(
            () => Task.FromResult(host.Reminders.Sagas.Contains(reminderId) is { DueToken: { } t } s && t != firstToken ? s : null),
            "the saga to arm its moved timer")).DueToken!.Value;

        // The saga cancels the timer it replaced: Quartz no longer holds it.
        await host.Unscheduled(firstToken);
        await host.Scheduled(movedToken, moved);

        host.AdvanceTo(first);
        await host.FireEverythingDue();
        Assert.Equal(host.Reminders.StateMachine.Waiting.Name, host.Reminders.Sagas.Contains(reminderId)!.CurrentState);

        host.AdvanceTo(moved);
        await host.Reminder(reminderId, m => m.Reminded);
    }
}
