using Callback.Sagas.Contracts.Push;
using Callback.Sagas.Contracts.Requests;
using Callback.Sagas.Contracts.Sessions;
using Callback.Sagas.Contracts.Sip;
using Callback.Sagas.Contracts.Urs;
using Callback.Sagas.StateMachines;
using Callback.Testing;

namespace Callback.Sagas.Tests.StateMachines;

public class User_confirmation_Specs
{
    static SessionOptions Confirming(string policy = "CONNECT-ANYWAY", int attempts = 3) =>
        Given.Options(waitForAgent: true, confirm: true) with
        {
            OnUserConfirmTimeout = policy, MaxUserConfirmAttempts = attempts, UserConfirmTimeout = TimeSpan.FromSeconds(30),
        };

    [Fact]
    public async Task When_the_customer_confirms_it_dials_at_once()
    {
        await using var host = await SessionTestHost.StartAsync();
        var session = await SessionDriver.Start(host, Confirming());
        await session.To(m => m.UserNotified);

        await session.Confirm();

        await session.InState(m => m.Dialing);
        await session.Dial();
    }

    [Fact]
    public async Task When_the_customer_does_not_answer_the_dialog_it_is_pushed_again_after_the_confirm_timeout()
    {
        await using var host = await SessionTestHost.StartAsync();
        var session = await SessionDriver.Start(host, Confirming(attempts: 3));
        await session.To(m => m.UserNotified);

        await host.Advance(TimeSpan.FromSeconds(29));
        Assert.Single(session.PublishedSoFar<UserNotificationRequested>());

        await host.Advance(TimeSpan.FromSeconds(1));

        var again = await session.Published<UserNotificationRequested>(m => m.Attempt == 2);
        Assert.Equal("UserNotified", session.Session.CurrentState);
        Assert.Equal(again.Dialog, session.PublishedSoFar<UserNotificationRequested>()[0].Dialog);
    }

    [Fact]
    public async Task When_every_push_went_unanswered_CONNECT_ANYWAY_dials_the_customer_anyway()
    {
        await using var host = await SessionTestHost.StartAsync();
        var session = await SessionDriver.Start(host, Confirming(attempts: 2));
        await session.To(m => m.UserNotified);

        await host.Advance(TimeSpan.FromSeconds(30));
        await session.Published<UserNotificationRequested>(m => m.Attempt == 2);
        await host.Advance(TimeSpan.FromSeconds(30));

        await session.InState(m => m.Dialing);
        await session.Dial();
        Assert.Contains(session.Session.History, h => h.Event == "UserConfirmTimeout" && h.Detail == "CONNECT-ANYWAY");
    }

    [Fact]
    public async Task When_every_push_went_unanswered_and_the_policy_is_not_to_connect_the_session_fails()
    {
        await using var host = await SessionTestHost.StartAsync();
        var session = await SessionDriver.Start(host, Confirming(policy: "END", attempts: 1));
        await session.To(m => m.UserNotified);

        await host.Advance(TimeSpan.FromSeconds(30));

        var state = await session.InState(m => m.Completed);
        Assert.Equal(CallbackReason.FailUserNoConfirm, state.Reason);
        Assert.Equal(CallbackReason.FailUserNoConfirm, (await session.Published<CancelRouting>()).Reason);
        Assert.Equal(CallbackReason.FailUserNoConfirm, (await session.Published<CallbackCompleted>()).Reason);
        Assert.Empty(session.PublishedSoFar<DialCustomer>());
    }

    [Fact]
    public async Task A_confirmation_after_the_session_moved_on_changes_nothing()
    {
        await using var host = await SessionTestHost.StartAsync();
        var session = await SessionDriver.Start(host, Confirming());
        await session.To(m => m.UserNotified);
        await session.Confirm();
        await session.InState(m => m.Dialing);

        await session.Confirm();

        Assert.Equal("Dialing", session.Session.CurrentState);
        Assert.Single(session.PublishedSoFar<DialCustomer>());
    }

    [Fact]
    public async Task The_confirm_timeout_of_a_dialog_already_answered_never_fires()
    {
        await using var host = await SessionTestHost.StartAsync();
        var session = await SessionDriver.Start(host, Confirming());
        await session.To(m => m.UserNotified);
        await session.Confirm();
        await session.InState(m => m.Dialing);

        // The confirmation cancelled the timer, and the scheduler dropped it: its time passes without it.
        await host.Advance(TimeSpan.FromSeconds(30));

        Assert.Empty(session.ConsumedSoFar<Contracts.Timers.UserConfirmTimeoutExpired>());
        Assert.Equal("Dialing", session.Session.CurrentState);
        Assert.Single(session.PublishedSoFar<UserNotificationRequested>());
        Assert.Single(session.PublishedSoFar<DialCustomer>());
    }
}
