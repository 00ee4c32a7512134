using Callback.Sagas.Contracts.Sip;
using Callback.Sagas.Contracts.Urs;
using Callback.Sagas.StateMachines;
using Callback.Testing;
using MassTransit;

namespace Callback.Sagas.Tests.StateMachines;

/// <summary>Adapters retry, race and restart: whatever arrives late or twice never moves a session backwards.</summary>
public class Late_and_unknown_events_Specs
{
    [Fact]
    public async Task Events_that_arrive_after_the_session_completed_change_nothing()
    {
        await using var host = await SessionTestHost.StartAsync();
        var session = await SessionDriver.Start(host, Given.Options(waitForAgent: true));
        await session.To(m => m.Completed);
        var completed = session.Session;
        var history = completed.History.Count;
        var call = await session.Dial();

        await session.AgentAvailable();
        await session.Answer(CallProgressResult.Human);
        await session.Publish(Given.Failed(call, CallFailureReason.Busy, host.Now));
        await session.Publish(new CallReleased { SessionId = session.Id, CallId = call.CallId, At = host.Now });
        await session.Publish(Given.Ewt(session.Id, TimeSpan.FromMinutes(1), host.Now));
        await session.Confirm();

        var state = session.Session;
        Assert.Equal("Completed", state.CurrentState);
        Assert.Equal(CallbackReason.AgentConnected, state.Reason);
        Assert.Equal(history, state.History.Count);
        Assert.Single(session.PublishedSoFar<ReserveTarget>());
        Assert.Single(session.PublishedSoFar<DialCustomer>());
    }

    [Fact]
    public async Task An_event_that_overtakes_the_start_request_is_retried_until_its_session_exists()
    {
        await using var host = await SessionTestHost.StartAsync();
        var request = Given.Callback(Given.Options(), host.Now.AddMinutes(30), host.Now);
        var early = Given.Ewt(request.SessionId, TimeSpan.FromMinutes(3), host.Now);

        var ewt = host.Harness.Bus.Publish(early);
        await host.Publish(request);
        await ewt;

        await host.Consumed<EwtReported>(m => m.SessionId == request.SessionId);
        await host.Sessions.Exists(request.SessionId, m => m.Scheduled);
        var deadline = DateTime.UtcNow + host.Harness.TestTimeout;
        while (host.Session(request.SessionId).LastKnownEwt == TimeSpan.Zero && DateTime.UtcNow < deadline)
            await Task.Delay(10);

        Assert.Equal(TimeSpan.FromMinutes(3), host.Session(request.SessionId).LastKnownEwt);
    }

    [Fact]
    public async Task An_event_for_a_session_that_does_not_exist_ends_as_a_fault_instead_of_vanishing()
    {
        await using var host = await SessionTestHost.StartAsync();
        var unknown = NewId.NextGuid();

        await host.Harness.Bus.Publish(new CallAnswered { SessionId = unknown, CallId = NewId.NextGuid(), Result = CallProgressResult.Human, At = host.Now });

        var fault = await host.Published<Fault<CallAnswered>>(f => f.Message.SessionId == unknown);
        Assert.Contains(fault.Exceptions, e => e.ExceptionType.Contains("SagaException", StringComparison.Ordinal));
        Assert.Null(host.Sessions.Sagas.Contains(unknown));
    }
}
