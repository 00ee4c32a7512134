using Callback.Sagas.Contracts.Requests;
using Callback.Sagas.Contracts.Sessions;
using Callback.Sagas.Contracts.Sip;
using Callback.Sagas.Contracts.Urs;
using Callback.Sagas.StateMachines;
using Callback.Testing;

namespace Callback.Sagas.Tests.StateMachines;

public class Reaching_an_agent_Specs
{
    static SessionOptions Options(bool waitForAgent = true, int transfers = 5) =>
        Given.Options(waitForAgent) with { MaxTransferToAgentAttempts = transfers };

    [Fact]
    public async Task When_an_agent_is_reserved_it_routes_the_call_to_that_agent()
    {
        await using var host = await SessionTestHost.StartAsync();
        var session = await SessionDriver.Start(host, Options());
        await session.To(m => m.HumanDetected);

        await session.Reserve();

        await session.InState(m => m.Routed);
        var route = await session.Published<RouteCall>();
        Assert.Equal((await session.Dial()).CallId, route.CallId);
        Assert.Equal("agent-7001", route.AgentId);
        Assert.Equal("7001@SIP_Server", route.Destination);
        Assert.Equal(GmsCallbackState.Processing, GmsCallbackState.Of(session.Session.CurrentState));
    }

    [Fact]
    public async Task When_the_call_is_connected_to_the_agent_the_session_completes_with_AGENT_CONNECTED()
    {
        await using var host = await SessionTestHost.StartAsync();
        var session = await SessionDriver.Start(host, Options());
        await session.To(m => m.Routed);

        await session.ConfirmRouted();

        var state = await session.InState(m => m.Completed);
        Assert.Equal(CallbackReason.AgentConnected, state.Reason);
        Assert.Equal(host.Now, state.CompletedAt);
        var completed = await session.Published<CallbackCompleted>();
        Assert.Equal(CallbackReason.AgentConnected, completed.Reason);
        Assert.Empty(session.PublishedSoFar<ReleaseCall>());
        Assert.Empty(session.PublishedSoFar<CancelRouting>());
    }

    [Fact]
    public async Task When_URS_cannot_reserve_an_agent_it_asks_again()
    {
        await using var host = await SessionTestHost.StartAsync();
        var session = await SessionDriver.Start(host, Options());
        await session.To(m => m.HumanDetected);

        await session.Publish(new TargetNotReserved { SessionId = session.Id, Attempt = 1, Reason = "agent logged out", At = host.Now });

        await session.Reservation(attempt: 2);
        Assert.Equal("HumanDetected", session.Session.CurrentState);
    }

    [Fact]
    public async Task When_URS_does_not_reserve_in_time_it_asks_again()
    {
        await using var host = await SessionTestHost.StartAsync();
        var session = await SessionDriver.Start(host, Options() with { AgentReserveTimeout = TimeSpan.FromSeconds(30) });
        await session.To(m => m.HumanDetected);

        await host.Advance(TimeSpan.FromSeconds(30));

        await session.Reservation(attempt: 2);
    }

    [Fact]
    public async Task A_customer_on_the_line_without_an_agent_announced_may_wait_as_long_as_the_service_allows()
    {
        await using var host = await SessionTestHost.StartAsync();
        var session = await SessionDriver.Start(host, Options(waitForAgent: false) with { MaxWaitForAgentOnCall = TimeSpan.FromMinutes(10) });
        await session.To(m => m.HumanDetected);

        await host.Advance(TimeSpan.FromMinutes(9));
        Assert.Single(session.PublishedSoFar<ReserveTarget>());

        await host.Advance(TimeSpan.FromMinutes(1));
        await session.Reservation(attempt: 2);
    }

    [Fact]
    public async Task When_every_reservation_attempt_failed_it_releases_the_call_and_fails_with_FAIL_AGENT_CONNECT()
    {
        await using var host = await SessionTestHost.StartAsync();
        var session = await SessionDriver.Start(host, Options(transfers: 2));
        await session.To(m => m.HumanDetected);
        var call = await session.Dial();

        await session.Publish(new TargetNotReserved { SessionId = session.Id, Attempt = 1, Reason = "busy", At = host.Now });
        await session.Reservation(attempt: 2);
        await session.Publish(new TargetNotReserved { SessionId = session.Id, Attempt = 2, Reason = "busy", At = host.Now });

        var state = await session.InState(m => m.Completed);
        Assert.Equal(CallbackReason.FailAgentConnect, state.Reason);
        Assert.Equal(call.CallId, (await session.Published<ReleaseCall>()).CallId);
        await session.Published<CancelRouting>();
    }

    [Fact]
    public async Task A_reservation_answer_for_an_earlier_attempt_is_ignored()
    {
        await using var host = await SessionTestHost.StartAsync();
        var session = await SessionDriver.Start(host, Options());
        await session.To(m => m.HumanDetected);
        var first = await session.Reservation();
        await session.Publish(new TargetNotReserved { SessionId = session.Id, Attempt = 1, Reason = "busy", At = host.Now });
        await session.Reservation(attempt: 2);

        await session.Publish(Given.Reserved(first, host.Now));

        Assert.Equal("HumanDetected", session.Session.CurrentState);
        Assert.Empty(session.PublishedSoFar<RouteCall>());
    }

    [Fact]
    public async Task When_routing_to_the_agent_fails_it_reserves_another_agent()
    {
        await using var host = await SessionTestHost.StartAsync();
        var session = await SessionDriver.Start(host, Options());
        await session.To(m => m.Routed);

        await session.Publish(new CallRoutingFailed { SessionId = session.Id, CallId = (await session.Dial()).CallId, Reason = "agent did not answer", At = host.Now });

        await session.Reservation(attempt: 2);
        Assert.Equal("HumanDetected", session.Session.CurrentState);
    }

    [Fact]
    public async Task When_SIP_Server_does_not_confirm_the_routing_in_time_it_reserves_another_agent()
    {
        await using var host = await SessionTestHost.StartAsync();
        var session = await SessionDriver.Start(host, Options() with { AdapterResponseTimeout = TimeSpan.FromSeconds(120) });
        await session.To(m => m.Routed);

        await host.Advance(TimeSpan.FromSeconds(120));

        await session.Reservation(attempt: 2);
        Assert.Contains(session.Session.History, h => h.Event == "CallRoutingTimeout");
    }

    [Theory]
    [InlineData("HumanDetected")]
    [InlineData("Routed")]
    public async Task When_the_customer_hangs_up_before_reaching_the_agent_the_session_fails_with_FAIL_INTERACTION_DELETED(string stateName)
    {
        await using var host = await SessionTestHost.StartAsync();
        var session = await SessionDriver.Start(host, Options());
        await session.To(m => stateName == "Routed" ? m.Routed : m.HumanDetected);

        await session.CustomerHangsUp();

        var state = await session.InState(m => m.Completed);
        Assert.Equal(CallbackReason.FailInteractionDeleted, state.Reason);
        await session.Published<CancelRouting>();
        Assert.Empty(session.PublishedSoFar<ReleaseCall>());
    }
}
