using Callback.Sagas.Contracts.Push;
using Callback.Sagas.Contracts.Requests;
using Callback.Sagas.Contracts.Sip;
using Callback.Sagas.StateMachines;
using Callback.Testing;

namespace Callback.Sagas.Tests.StateMachines;

public class Status_notification_Specs
{
    const string Target = "https://crm.example.com/callback-events";

    static SessionOptions Notifying(bool waitForAgent = false, params string[] events) =>
        Given.Options(waitForAgent) with
        {
            StatusNotification = new StatusNotificationOptions { Target = Target, Events = events },
            MaxNotifyDeliveryAttempts = 4,
        };

    static IEnumerable<string> Seen(SessionDriver session) =>
        session.PublishedSoFar<StatusNotificationRequested>().Select(n => $"{n.Event} {n.CallbackState} {n.CallbackReason}".TrimEnd());

    [Fact]
    public async Task An_immediate_session_that_reaches_an_agent_notifies_each_GMS_event_point_with_its_state()
    {
        await using var host = await SessionTestHost.StartAsync();
        var session = await SessionDriver.Start(host, Notifying());

        await session.To(m => m.Completed);
        await session.Published<StatusNotificationRequested>(n => n.Event == StatusEvents.ServiceExit);

        Assert.Equal(
        [
            "_cbe_on_service_create QUEUED",
            "_cbe_on_dial_init ROUTING",
            "_cbe_on_dial_done ROUTING",
            "_cbe_on_customer_queued ROUTING",
            "_cbe_on_target_found ROUTING",
            "_cbe_on_route_to_agent PROCESSING",
            "_cbe_on_service_exit COMPLETED AGENT_CONNECTED",
        ], Seen(session));
        Assert.All(session.PublishedSoFar<StatusNotificationRequested>(), n =>
        {
            Assert.Equal(Target, n.Target);
            Assert.Equal("user-scheduled", n.ServiceName);
            Assert.Equal(Given.CustomerNumber, n.CustomerNumber);
            Assert.Equal(4, n.MaxDeliveryAttempts);
            Assert.Equal(host.Now, n.At);
        });
    }

    [Fact]
    public async Task A_scheduled_session_is_created_SCHEDULED_and_each_dial_attempt_is_notified()
    {
        await using var host = await SessionTestHost.StartAsync();
        var options = Notifying(waitForAgent: false, StatusEvents.ServiceCreate, StatusEvents.DialInit, StatusEvents.DialDone) with
        {
            DialRetryTimeout = TimeSpan.FromSeconds(60),
        };
        var session = await SessionDriver.Start(host, options, desiredTime: host.Now.AddHours(1));
        await session.Published<StatusNotificationRequested>();

        await host.Advance(TimeSpan.FromHours(1));
        await session.Fail(CallFailureReason.Busy);
        await host.Advance(TimeSpan.FromSeconds(60));
        await session.Dial(attempt: 2);

        Assert.Equal(
        [
            "_cbe_on_service_create SCHEDULED",
            "_cbe_on_dial_init ROUTING",
            "_cbe_on_dial_done ROUTING",
            "_cbe_on_dial_init ROUTING",
        ], Seen(session));
    }

    [Fact]
    public async Task Only_the_events_of_the_callback_events_list_are_sent()
    {
        await using var host = await SessionTestHost.StartAsync();
        var session = await SessionDriver.Start(host, Notifying(waitForAgent: false, "_CBE_ON_DIAL_INIT", StatusEvents.ServiceExit));

        await session.To(m => m.Completed);
        await session.Published<StatusNotificationRequested>(n => n.Event == StatusEvents.ServiceExit);

        Assert.Equal(["_cbe_on_dial_init ROUTING", "_cbe_on_service_exit COMPLETED AGENT_CONNECTED"], Seen(session));
    }

    [Fact]
    public async Task A_session_without_status_notifications_sends_none()
    {
        await using var host = await SessionTestHost.StartAsync();
        var session = await SessionDriver.Start(host, Given.Options(waitForAgent: false));

        await session.To(m => m.Completed);
        await session.Published<Contracts.Sessions.CallbackCompleted>();

        Assert.Empty(session.PublishedSoFar<StatusNotificationRequested>());
    }

    [Fact]
    public async Task A_cancelled_session_notifies_its_exit_and_its_cancellation_with_the_reason()
    {
        await using var host = await SessionTestHost.StartAsync();
        var session = await SessionDriver.Start(host, Notifying(waitForAgent: true));
        await session.To(m => m.WaitingForAgent);

        await session.Cancel(CallbackReason.CancelledByAdmin);
        await session.Published<StatusNotificationRequested>(n => n.Event == StatusEvents.CallbackCancelled);

        Assert.Equal(
        [
            "_cbe_on_service_create QUEUED",
            "_cbe_on_service_exit COMPLETED CANCELLED_BY_ADMIN",
            "_cbe_on_callback_cancelled COMPLETED CANCELLED_BY_ADMIN",
        ], Seen(session));
    }
}
