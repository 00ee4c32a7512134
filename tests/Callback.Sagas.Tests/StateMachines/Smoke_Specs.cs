using Callback.Sagas.Contracts.Sip;
using Callback.Sagas.Contracts.Urs;
using Callback.Sagas.StateMachines;
using Callback.Testing;

namespace Callback.Sagas.Tests.StateMachines;

public class Smoke_Specs
{
    [Fact]
    public async Task An_immediate_not_delayed_session_reaches_an_agent()
    {
        await using var host = await SessionTestHost.StartAsync();
        var request = Given.Callback(Given.Options(waitForAgent: false));

        await host.Publish(request);
        await host.InState(request.SessionId, m => m.Dialing);
        var dial = (await host.PublishedFor<DialCustomer>(request.SessionId, m => m.SessionId)).Single();

        await host.Publish(Given.Answered(dial, CallProgressResult.Human, host.Now));
        await host.InState(request.SessionId, m => m.HumanDetected);
        var reserve = (await host.PublishedFor<ReserveTarget>(request.SessionId, m => m.SessionId)).Single();

        await host.Publish(Given.Reserved(reserve, host.Now));
        await host.InState(request.SessionId, m => m.Routed);

        await host.Publish(new CallRouted { SessionId = request.SessionId, CallId = dial.CallId, AgentId = "agent-7001", At = host.Now });
        var session = await host.InState(request.SessionId, m => m.Completed);

        Assert.Equal(CallbackReason.AgentConnected, session.Reason);
    }

    [Fact]
    public async Task A_busy_customer_is_called_again_after_the_retry_timeout()
    {
        await using var host = await SessionTestHost.StartAsync();
        var request = Given.Callback(Given.Options(waitForAgent: false));

        await host.Publish(request);
        await host.InState(request.SessionId, m => m.Dialing);
        var dial = (await host.PublishedFor<DialCustomer>(request.SessionId, m => m.SessionId)).Single();
        await host.Publish(Given.Failed(dial, CallFailureReason.Busy, host.Now));
        Assert.True(await host.Harness.Consumed.Any<CallFailed>());

        await host.Advance(TimeSpan.FromSeconds(300));

        Assert.True(await host.Harness.Published.Any<DialCustomer>(m => m.Context.Message.Attempt == 2));
    }
}
