using Callback.Sagas.StateMachines;
using Callback.Testing;

namespace Callback.Sagas.Tests.StateMachines;

public class Session_history_Specs
{
    [Fact]
    public async Task Every_transition_of_a_delayed_confirmed_session_is_recorded_in_order_with_its_event()
    {
        await using var host = await SessionTestHost.StartAsync();
        var session = await SessionDriver.Start(host, Given.Options(waitForAgent: true, confirm: true));

        var state = await session.To(m => m.Completed);

        var transitions = state.History.Where(h => h.From != h.To).Select(h => $"{h.From}>{h.To}:{h.Event}");
        Assert.Equal(
        [
            "Initial>Scheduled:CallbackRequested",
            "Scheduled>WaitingForAgent:CallbackRequested",
            "WaitingForAgent>UserNotified:AgentAvailable",
            "UserNotified>Dialing:UserConfirmed",
            "Dialing>HumanDetected:CallAnswered",
            "HumanDetected>Routed:TargetReserved",
            "Routed>Completed:CallRouted",
        ], transitions);
        Assert.Equal(CallbackReason.AgentConnected, state.History.Last().Detail);
        Assert.Contains(state.History, h => h is { Event: "DialCustomer", Detail: "attempt 1 of 3" });
        Assert.All(state.History, h => Assert.Equal(SessionTestHost.Start, h.At));
    }

    [Theory]
    [InlineData("Scheduled", "SCHEDULED")]
    [InlineData("WaitingForAgent", "QUEUED")]
    [InlineData("UserNotified", "QUEUED")]
    [InlineData("Dialing", "ROUTING")]
    [InlineData("HumanDetected", "ROUTING")]
    [InlineData("Routed", "PROCESSING")]
    [InlineData("Completed", "COMPLETED")]
    public void Api_users_see_the_GMS_state_derived_from_the_session_state(string sagaState, string gmsState) =>
        Assert.Equal(gmsState, GmsCallbackState.Of(sagaState));

    [Fact]
    public async Task A_scheduled_session_reads_QUEUED_once_its_execution_window_opens_as_in_GMS()
    {
        await using var host = await SessionTestHost.StartAsync();
        var session = await SessionDriver.Start(host, Given.Options(), host.Now.AddMinutes(10));
        var state = await session.InState(m => m.Scheduled);

        Assert.Equal(GmsCallbackState.Scheduled, GmsCallbackState.Of(state, host.Now));
        Assert.Equal(GmsCallbackState.Scheduled, GmsCallbackState.Of(state, host.Now.AddMinutes(8).AddSeconds(-1)));
        Assert.Equal(GmsCallbackState.Queued, GmsCallbackState.Of(state, host.Now.AddMinutes(8)));
    }

    [Fact]
    public void Every_state_of_the_machine_has_a_GMS_state()
    {
        var machine = StandaloneMachine.Create();

        foreach (var state in machine.States.Where(s => s.Name != "Final"))
            Assert.NotEmpty(GmsCallbackState.Of(state.Name));
    }
}
