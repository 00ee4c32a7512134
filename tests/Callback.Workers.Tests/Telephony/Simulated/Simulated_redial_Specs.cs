using Callback.Sagas.Contracts.Sip;
using Callback.Sagas.StateMachines;
using Callback.Testing;

namespace Callback.Workers.Tests.Telephony.Simulated;

public class Simulated_redial_Specs
{
    static readonly TimeSpan RetryTimeout = TimeSpan.FromSeconds(300);

    [Fact]
    public async Task When_the_number_is_busy_then_answered_the_customer_is_called_again_after_the_retry_timeout_and_is_connected()
    {
        await using var simulated = await SimulatedSessionHost.StartAsync(new SimulatedSettings().With($"Numbers:{Given.CustomerNumber}", "busy,human"));
        var host = simulated.Host;
        var request = Given.Callback(Given.Options(waitForAgent: false) with { DialRetryTimeout = RetryTimeout });
        var busyAt = SessionTestHost.Start + SimulatedSettings.Failure;

        await host.Publish(request);
        await host.Processed<DialCustomer>(m => m.SessionId == request.SessionId && m.Attempt == 1);
        await host.Advance(SimulatedSettings.Failure);
        var busy = await host.Consumed<CallFailed>(m => m.SessionId == request.SessionId);
        await host.Advance(RetryTimeout / 2);
        Assert.Single(host.PublishedSoFar<DialCustomer>(m => m.SessionId == request.SessionId));
        await host.Advance(RetryTimeout / 2);
        await simulated.PersonAnswersAndIsConnected(request.SessionId, attempt: 2);

        var session = await host.InState(request.SessionId, m => m.Completed);
        Assert.Equal(CallbackReason.AgentConnected, session.Reason);
        var dials = await host.PublishedFor<DialCustomer>(request.SessionId, m => m.SessionId);
        Assert.Equal([1, 2], dials.Select(d => d.Attempt));
        Assert.Equal((dials[0].CallId, CallFailureReason.Busy, busyAt), (busy.CallId, busy.Reason, busy.At));
        var ringing = Assert.Single(host.PublishedSoFar<CallDialing>(m => m.SessionId == request.SessionId));
        Assert.Equal((dials[1].CallId, busyAt + RetryTimeout), (ringing.CallId, ringing.At));
    }
}
