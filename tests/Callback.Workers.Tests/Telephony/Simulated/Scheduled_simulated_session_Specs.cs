using Callback.Sagas.Contracts.Sip;
using Callback.Sagas.Contracts.Urs;
using Callback.Sagas.StateMachines;
using Callback.Testing;

namespace Callback.Workers.Tests.Telephony.Simulated;

public class Scheduled_simulated_session_Specs
{
    static readonly DateTimeOffset Desired = SessionTestHost.Start.AddHours(2);
    static readonly TimeSpan TargetEwt = TimeSpan.FromSeconds(40);

    [Fact]
    public async Task A_scheduled_session_asks_the_ewt_before_the_desired_time_and_dials_when_the_ewt_is_left()
    {
        await using var simulated = await SimulatedSessionHost.StartAsync(new SimulatedSettings()
            .With($"Targets:{Given.Target}:EwtSeconds", TargetEwt.TotalSeconds));
        var host = simulated.Host;
        var options = Given.Options(waitForAgent: false);
        var request = Given.Callback(options, desiredTime: Desired);
        var windowOpens = Desired - options.ExecutionTimeBuffer;

        await host.Publish(request);
        await host.Advance(windowOpens - SessionTestHost.Start);
        await host.Processed<EwtReported>(m => m.SessionId == request.SessionId);
        Assert.Empty(host.PublishedSoFar<DialCustomer>(m => m.SessionId == request.SessionId));
        await host.Advance(options.ExecutionTimeBuffer - TargetEwt);
        await simulated.PersonAnswersAndIsConnected(request.SessionId);

        var firstEwt = (await host.PublishedFor<EwtReported>(request.SessionId, m => m.SessionId))[0];
        Assert.Equal((windowOpens, TargetEwt.TotalSeconds), (firstEwt.MeasuredAt, firstEwt.EwtSeconds));
        var ringing = await host.Published<CallDialing>(m => m.SessionId == request.SessionId);
        Assert.Equal(Desired - TargetEwt, ringing.At);
        var session = await host.InState(request.SessionId, m => m.Completed);
        Assert.Equal(CallbackReason.AgentConnected, session.Reason);
    }

    [Fact]
    public async Task A_scheduled_session_that_waits_for_an_agent_is_queued_the_ewt_ahead_so_the_customer_is_called_at_the_desired_time()
    {
        await using var simulated = await SimulatedSessionHost.StartAsync(new SimulatedSettings()
            .With($"Targets:{Given.Target}:EwtSeconds", TargetEwt.TotalSeconds)
            .With($"Targets:{Given.Target}:AgentAvailableAfterSeconds", TargetEwt.TotalSeconds));
        var host = simulated.Host;
        var options = Given.Options(waitForAgent: true);
        var request = Given.Callback(options, desiredTime: Desired);

        await host.Publish(request);
        await host.Advance(Desired - options.ExecutionTimeBuffer - SessionTestHost.Start);
        await host.Processed<EwtReported>(m => m.SessionId == request.SessionId);
        await host.Advance(options.ExecutionTimeBuffer - TargetEwt);
        await simulated.AgentComesFree(request.SessionId, after: TargetEwt);
        await simulated.PersonAnswersAndIsConnected(request.SessionId);

        var ringing = await host.Published<CallDialing>(m => m.SessionId == request.SessionId);
        Assert.Equal(Desired, ringing.At);
        var session = await host.InState(request.SessionId, m => m.Completed);
        Assert.Equal(CallbackReason.AgentConnected, session.Reason);
    }
}
