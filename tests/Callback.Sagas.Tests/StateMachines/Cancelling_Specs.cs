using Callback.Sagas.Contracts.Requests;
using Callback.Sagas.Messaging.Scheduling;
using Callback.Sagas.Contracts.Sessions;
using Callback.Sagas.Contracts.Sip;
using Callback.Sagas.Contracts.Urs;
using Callback.Sagas.StateMachines;
using Callback.Testing;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Callback.Sagas.Tests.StateMachines;

public class Cancelling_Specs
{
    /// <summary>Each state a session can be cancelled in, with the options that lead there and what the adapters are told.</summary>
    public static TheoryData<string, bool, bool, bool, bool> States => new()
    {
        // state, wait for agent, confirm, URS told to stop, SIP told to hang up
        { "Scheduled", true, false, false, false },
        { "WaitingForAgent", true, false, true, false },
        { "UserNotified", true, true, true, false },
        { "Dialing", true, false, true, true },
        { "Dialing", false, false, false, true },
        { "HumanDetected", false, false, true, true },
        { "Routed", true, false, true, true },
    };

    [Theory]
    [MemberData(nameof(States))]
    public async Task A_cancel_ends_the_session_as_CANCELLED_and_stops_what_the_adapters_were_doing(string stateName, bool waitForAgent,
        bool confirm, bool ursStops, bool sipHangsUp)
    {
        await using var host = await SessionTestHost.StartAsync();
        var desired = stateName == "Scheduled" ? host.Now.AddHours(3) : (DateTimeOffset?)null;
        var session = await SessionDriver.Start(host, Given.Options(waitForAgent, confirm), desired);
        await session.To(m => StateNamed(m, stateName));
        var callId = session.Session.CallId;

        await session.Cancel();

        var state = await session.InState(m => m.Completed);
        Assert.Equal(CallbackReason.Cancelled, state.Reason);
        Assert.Equal(GmsCallbackState.Completed, GmsCallbackState.Of(state.CurrentState));
        var completed = await session.Published<CallbackCompleted>();
        Assert.Equal(CallbackReason.Cancelled, completed.Reason);
        Assert.Equal(desired, completed.DesiredTime);
        Assert.Equal(ursStops, session.PublishedSoFar<CancelRouting>().Count == 1);
        Assert.Equal(sipHangsUp ? [callId!.Value] : [], session.PublishedSoFar<ReleaseCall>().Select(r => r.CallId));
        Assert.Equal(stateName, state.History.Last().From);
    }

    [Fact]
    public async Task An_administrator_cancel_ends_the_session_as_CANCELLED_BY_ADMIN()
    {
        await using var host = await SessionTestHost.StartAsync();
        var session = await SessionDriver.Start(host, Given.Options(), host.Now.AddHours(3));
        await session.InState(m => m.Scheduled);

        await session.Cancel(CallbackReason.CancelledByAdmin);

        Assert.Equal(CallbackReason.CancelledByAdmin, (await session.InState(m => m.Completed)).Reason);
    }

    [Fact]
    public async Task A_cancelled_scheduled_session_never_starts_when_its_time_comes()
    {
        await using var host = await SessionTestHost.StartAsync();
        var session = await SessionDriver.Start(host, Given.Options(waitForAgent: false), host.Now.AddHours(1));
        await session.InState(m => m.Scheduled);
        await session.Cancel();
        await session.InState(m => m.Completed);

        await host.Advance(TimeSpan.FromHours(2));

        Assert.Equal("Completed", session.Session.CurrentState);
        Assert.Empty(session.PublishedSoFar<EstimateWaitTime>());
        Assert.Empty(session.PublishedSoFar<DialCustomer>());
    }

    [Fact]
    public async Task A_cancel_while_the_execution_timer_is_pending_removes_its_trigger_from_the_scheduler()
    {
        await using var host = await SessionTestHost.StartAsync();
        var session = await SessionDriver.Start(host, Given.Options(), host.Now.AddDays(3));
        var scheduled = await session.InState(m => m.Scheduled);
        var quartz = host.Services.GetRequiredService<IScheduler>();
        var executionCheck = ScheduledMessageKeys.Trigger(scheduled.ExecutionCheckToken!.Value);
        var expiration = ScheduledMessageKeys.Trigger(scheduled.ExpirationToken!.Value);
        // The saga's schedule and cancel requests reach Quartz through its queue: stored and removed a moment after the transition.
        await Polling.WaitForQuery(async () => await quartz.GetTrigger(executionCheck) is not null && await quartz.GetTrigger(expiration) is not null,
            "Quartz to store the execution and expiration triggers", TimeSpan.FromSeconds(30));

        await session.Cancel();
        await session.InState(m => m.Completed);
        await host.Advance(TimeSpan.FromSeconds(1));

        await Polling.WaitForQuery(async () => await quartz.GetTrigger(executionCheck) is null && await quartz.GetTrigger(expiration) is null,
            "the cancel to remove both triggers", TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task A_cancel_of_a_session_that_already_completed_changes_nothing()
    {
        await using var host = await SessionTestHost.StartAsync();
        var session = await SessionDriver.Start(host, Given.Options(waitForAgent: false));
        await session.To(m => m.Completed);

        await session.Cancel();

        var state = session.Session;
        Assert.Equal(CallbackReason.AgentConnected, state.Reason);
        Assert.Single(session.PublishedSoFar<CallbackCompleted>());
    }

    static MassTransit.State StateNamed(CallbackStateMachine m, string name) =>
        m.States.Single(s => s.Name == name);
}
