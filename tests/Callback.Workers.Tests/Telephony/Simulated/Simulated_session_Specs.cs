using Callback.Sagas.Contracts.Push;
using Callback.Sagas.StateMachines;
using Callback.Testing;

namespace Callback.Workers.Tests.Telephony.Simulated;

public class Simulated_session_Specs
{
    static readonly TimeSpan CustomerReads = TimeSpan.FromSeconds(5);
    static readonly TimeSpan AnsweredToConnected = SimulatedSettings.Ring + SimulatedSettings.Reservation + SimulatedSettings.Routing;

    [Fact]
    public async Task When_the_session_waits_for_an_agent_the_customer_is_called_once_urs_has_one_and_is_connected()
    {
        await using var simulated = await SimulatedSessionHost.StartAsync(new SimulatedSettings());
        var host = simulated.Host;
        var request = Given.Callback(Given.Options(waitForAgent: true, confirm: false));

        await host.Publish(request);
        await simulated.AgentComesFree(request.SessionId, after: SimulatedSettings.AgentWait);
        await simulated.PersonAnswersAndIsConnected(request.SessionId);

        var session = await host.InState(request.SessionId, m => m.Completed);
        Assert.Equal(CallbackReason.AgentConnected, session.Reason);
        Assert.Equal(SessionTestHost.Start + SimulatedSettings.AgentWait + AnsweredToConnected, session.CompletedAt);
    }

    [Fact]
    public async Task When_the_session_waits_for_an_agent_and_a_confirmation_the_customer_is_called_once_they_press_ok_and_is_connected()
    {
        await using var simulated = await SimulatedSessionHost.StartAsync(new SimulatedSettings());
        var host = simulated.Host;
        var request = Given.Callback(Given.Options(waitForAgent: true, confirm: true));

        await host.Publish(request);
        await simulated.AgentComesFree(request.SessionId, after: SimulatedSettings.AgentWait);
        await simulated.CustomerConfirms(request.SessionId, after: CustomerReads);
        await simulated.PersonAnswersAndIsConnected(request.SessionId);

        var session = await host.InState(request.SessionId, m => m.Completed);
        Assert.Equal(CallbackReason.AgentConnected, session.Reason);
        Assert.Equal(SessionTestHost.Start + SimulatedSettings.AgentWait + CustomerReads + AnsweredToConnected, session.CompletedAt);
    }

    [Fact]
    public async Task When_the_session_does_not_wait_for_an_agent_the_customer_is_called_at_once_and_is_connected()
    {
        await using var simulated = await SimulatedSessionHost.StartAsync(new SimulatedSettings());
        var host = simulated.Host;
        var request = Given.Callback(Given.Options(waitForAgent: false, confirm: false));

        await host.Publish(request);
        await simulated.PersonAnswersAndIsConnected(request.SessionId);

        var session = await host.InState(request.SessionId, m => m.Completed);
        Assert.Equal(CallbackReason.AgentConnected, session.Reason);
        Assert.Equal(SessionTestHost.Start + AnsweredToConnected, session.CompletedAt);
    }

    /// <summary>The confirmation answers URS's "agent available": a session that does not wait for an agent has nothing to confirm.</summary>
    [Fact]
    public async Task When_the_session_does_not_wait_for_an_agent_the_customer_is_called_at_once_without_being_asked_to_confirm()
    {
        await using var simulated = await SimulatedSessionHost.StartAsync(new SimulatedSettings());
        var host = simulated.Host;
        var request = Given.Callback(Given.Options(waitForAgent: false, confirm: true));

        await host.Publish(request);
        await simulated.PersonAnswersAndIsConnected(request.SessionId);

        var session = await host.InState(request.SessionId, m => m.Completed);
        Assert.Equal(CallbackReason.AgentConnected, session.Reason);
        Assert.Equal(SessionTestHost.Start + AnsweredToConnected, session.CompletedAt);
        Assert.Empty(host.PublishedSoFar<UserNotificationRequested>(m => m.SessionId == request.SessionId));
    }
}
