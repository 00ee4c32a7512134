using Callback.Sagas.Contracts.Sessions;
using Callback.Sagas.Contracts.Sip;
using Callback.Sagas.Contracts.Urs;
using Callback.Sagas.StateMachines;
using Callback.Testing;

namespace Callback.Sagas.Tests.StateMachines;

public class Expiring_Specs
{
    [Fact]
    public async Task A_session_still_waiting_for_an_agent_when_its_ttl_ends_fails_with_FAIL_TIMEOUT_TTL()
    {
        await using var host = await SessionTestHost.StartAsync();
        var session = await SessionDriver.Start(host, Given.Options() with { Ttl = TimeSpan.FromHours(1) });
        await session.To(m => m.WaitingForAgent);

        await host.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal("WaitingForAgent", session.Session.CurrentState);
        await host.Advance(TimeSpan.FromMinutes(1));

        var state = await session.InState(m => m.Completed);
        Assert.Equal(CallbackReason.FailTimeoutTtl, state.Reason);
        Assert.Equal(CallbackReason.FailTimeoutTtl, (await session.Published<CancelRouting>()).Reason);
        Assert.Equal(CallbackReason.FailTimeoutTtl, (await session.Published<CallbackCompleted>()).Reason);
    }

    [Fact]
    public async Task The_ttl_of_a_scheduled_session_counts_from_its_desired_time()
    {
        await using var host = await SessionTestHost.StartAsync();
        var desired = host.Now.AddHours(2);
        var session = await SessionDriver.Start(host, Given.Options() with { Ttl = TimeSpan.FromHours(1) }, desired);

        Assert.Equal(desired.AddHours(1), (await session.InState(m => m.Scheduled)).ExpirationTime);
        await host.Advance(TimeSpan.FromHours(2));
        await session.Publish(Given.Ewt(session.Id, TimeSpan.Zero, host.Now));
        await session.InState(m => m.WaitingForAgent);

        await host.Advance(TimeSpan.FromHours(1));

        Assert.Equal(CallbackReason.FailTimeoutTtl, (await session.InState(m => m.Completed)).Reason);
    }

    [Fact]
    public async Task A_session_that_expires_on_the_phone_hangs_up_its_call()
    {
        await using var host = await SessionTestHost.StartAsync();
        var session = await SessionDriver.Start(host, Given.Options(waitForAgent: false) with
        {
            Ttl = TimeSpan.FromMinutes(5), MaxWaitForAgentOnCall = TimeSpan.FromHours(1),
        });
        await session.To(m => m.HumanDetected);
        var call = await session.Dial();

        await host.Advance(TimeSpan.FromMinutes(5));

        await session.InState(m => m.Completed);
        Assert.Equal(call.CallId, (await session.Published<ReleaseCall>()).CallId);
    }

    [Fact]
    public async Task A_session_that_completed_in_time_ignores_its_ttl()
    {
        await using var host = await SessionTestHost.StartAsync();
        var session = await SessionDriver.Start(host, Given.Options(waitForAgent: false) with { Ttl = TimeSpan.FromMinutes(5) });
        await session.To(m => m.Completed);

        // Completing cancelled the expiration, and the scheduler dropped it: the TTL passes without it.
        await host.Advance(TimeSpan.FromMinutes(5));

        Assert.Empty(session.ConsumedSoFar<Contracts.Timers.SessionExpired>());
        Assert.Equal(CallbackReason.AgentConnected, session.Session.Reason);
        Assert.Single(session.PublishedSoFar<CallbackCompleted>());
    }
}
