using Callback.Sagas.Contracts.Push;
using Callback.Sagas.StateMachines;
using Callback.Testing;

namespace Callback.Sagas.Tests.StateMachines;

public class Push_outcome_Specs
{
    static PushDelivered Delivered(SessionDriver session, SessionTestHost host) => new()
    {
        SessionId = session.Id, Notification = "dialog 1", Channel = "httpcb", Destination = "https://device.example.com/push",
        Attempt = 2, MaxAttempts = 3, Outcome = "HTTP 200", At = host.Now,
    };

    static PushDeliveryFailed Failed(SessionDriver session, SessionTestHost host, DateTimeOffset? next) => new()
    {
        SessionId = session.Id, Notification = "status _cbe_on_dial_init", Channel = "httpcb", Destination = "https://crm.example.com/events",
        Attempt = 3, MaxAttempts = 3, Error = "HTTP 503", NextAttemptAt = next, At = host.Now,
    };

    [Fact]
    public async Task The_push_to_the_device_carries_the_session_s_delivery_attempts()
    {
        await using var host = await SessionTestHost.StartAsync();
        var session = await SessionDriver.Start(host, Given.Options(confirm: true) with { MaxNotifyDeliveryAttempts = 5 });
        await session.To(m => m.UserNotified);

        Assert.Equal(5, (await session.Published<UserNotificationRequested>()).MaxDeliveryAttempts);
    }

    [Fact]
    public async Task A_delivered_push_is_recorded_in_the_history_and_changes_no_state()
    {
        await using var host = await SessionTestHost.StartAsync();
        var session = await SessionDriver.Start(host, Given.Options(confirm: true));
        await session.To(m => m.UserNotified);

        await session.Publish(Delivered(session, host));

        var entry = session.Session.History[^1];
        Assert.Equal(new SessionHistoryEntry(host.Now, "PushDelivered", "UserNotified", "UserNotified",
            "dialog 1 via httpcb to https://device.example.com/push: attempt 2 of 3, HTTP 200"), entry);
        Assert.Equal("UserNotified", session.Session.CurrentState);
    }

    [Fact]
    public async Task A_failed_attempt_says_when_the_next_one_is_due_and_the_last_one_that_the_delivery_is_given_up()
    {
        await using var host = await SessionTestHost.StartAsync();
        var session = await SessionDriver.Start(host, Given.Options(), desiredTime: host.Now.AddHours(2));
        await session.InState(m => m.Scheduled);

        await session.Publish(Failed(session, host, host.Now.AddSeconds(15)) with { Attempt = 2 });
        await session.Publish(Failed(session, host, next: null));

        Assert.Equal(
        [
            $"status _cbe_on_dial_init via httpcb to https://crm.example.com/events: attempt 2 of 3 failed, HTTP 503; next attempt at {host.Now.AddSeconds(15):O}",
            "status _cbe_on_dial_init via httpcb to https://crm.example.com/events: attempt 3 of 3 failed, HTTP 503; given up",
        ], session.Session.History.Where(h => h.Event == "PushDeliveryFailed").Select(h => h.Detail));
        Assert.Equal("Scheduled", session.Session.CurrentState);
    }

    [Fact]
    public async Task An_outcome_that_arrives_after_the_session_completed_is_still_recorded()
    {
        await using var host = await SessionTestHost.StartAsync();
        var session = await SessionDriver.Start(host, Given.Options(waitForAgent: true));
        await session.To(m => m.WaitingForAgent);
        await session.Cancel();
        await session.InState(m => m.Completed);

        await session.Publish(Failed(session, host, next: null));
        await session.Publish(Delivered(session, host));

        var state = session.Session;
        Assert.Equal(["PushDeliveryFailed", "PushDelivered"], state.History.TakeLast(2).Select(h => h.Event));
        Assert.All(state.History.TakeLast(2), h => Assert.Equal(("Completed", "Completed"), (h.From, h.To)));
        Assert.Equal(CallbackReason.Cancelled, state.Reason);
    }
}
