using Callback.Sagas.Contracts.Requests;
using Callback.Sagas.Contracts.Sessions;
using Callback.Sagas.Contracts.Sip;
using Callback.Sagas.Contracts.Urs;
using Callback.Sagas.StateMachines;
using Callback.Testing;

namespace Callback.Sagas.Tests.StateMachines;

public class Dialing_Specs
{
    static SessionOptions Dialing(bool waitForAgent = false, int attempts = 3) =>
        Given.Options(waitForAgent) with { MaxDialAttempts = attempts, DialRetryTimeout = TimeSpan.FromSeconds(300) };

    [Theory]
    [InlineData(CallProgressResult.Human)]
    [InlineData(CallProgressResult.Unknown)]
    public async Task When_a_person_answers_it_asks_URS_to_reserve_an_agent_for_the_call(CallProgressResult result)
    {
        await using var host = await SessionTestHost.StartAsync();
        var session = await SessionDriver.Start(host, Dialing());
        await session.To(m => m.Dialing);

        await session.Answer(result);

        await session.InState(m => m.HumanDetected);
        var reserve = await session.Reservation();
        Assert.Equal((await session.Dial()).CallId, reserve.CallId);
        Assert.Equal(Given.Target, reserve.Target);
        Assert.Equal(30, reserve.ReservationTimeoutSeconds);
    }

    [Theory]
    [InlineData(CallProgressResult.AnsweringMachine)]
    [InlineData(CallProgressResult.Fax)]
    public async Task When_a_machine_answers_it_hangs_up_and_calls_again_after_the_retry_timeout(CallProgressResult result)
    {
        await using var host = await SessionTestHost.StartAsync();
        var session = await SessionDriver.Start(host, Dialing());
        await session.To(m => m.Dialing);
        var first = await session.Dial();

        await session.Answer(result);

        var release = await session.Published<ReleaseCall>();
        Assert.Equal(first.CallId, release.CallId);
        Assert.Equal(result.ToString(), release.Reason);
        Assert.Null(session.Session.CallId);

        await host.Advance(TimeSpan.FromSeconds(299));
        Assert.Single(session.PublishedSoFar<DialCustomer>());

        await host.Advance(TimeSpan.FromSeconds(1));
        var second = await session.Dial(attempt: 2);
        Assert.NotEqual(first.CallId, second.CallId);
        Assert.Equal("Dialing", session.Session.CurrentState);
    }

    [Theory]
    [InlineData(CallFailureReason.Busy)]
    [InlineData(CallFailureReason.NoAnswer)]
    [InlineData(CallFailureReason.Rejected)]
    [InlineData(CallFailureReason.NetworkError)]
    public async Task When_the_call_fails_it_calls_again_after_the_retry_timeout(CallFailureReason reason)
    {
        await using var host = await SessionTestHost.StartAsync();
        var session = await SessionDriver.Start(host, Dialing());
        await session.To(m => m.Dialing);

        await session.Fail(reason);
        await host.Advance(TimeSpan.FromSeconds(300));

        await session.Dial(attempt: 2);
        Assert.Contains(session.Session.History, h => h.Event == "CallFailed" && h.Detail == $"{reason} on attempt 1");
        Assert.Empty(session.PublishedSoFar<ReleaseCall>());
    }

    [Fact]
    public async Task When_the_last_attempt_fails_the_session_completes_with_FAIL_CALL_TO_CUSTOMER()
    {
        await using var host = await SessionTestHost.StartAsync();
        var session = await SessionDriver.Start(host, Dialing(attempts: 2));
        await session.To(m => m.Dialing);

        await session.Fail(CallFailureReason.Busy);
        await host.Advance(TimeSpan.FromSeconds(300));
        await session.Fail(CallFailureReason.NoAnswer, attempt: 2);

        var state = await session.InState(m => m.Completed);
        Assert.Equal(CallbackReason.FailCallToCustomer, state.Reason);
        Assert.Equal(2, state.DialAttempts);
        Assert.Equal(CallbackReason.FailCallToCustomer, (await session.Published<CallbackCompleted>()).Reason);
        Assert.Empty(session.PublishedSoFar<CancelRouting>());
        await host.Advance(TimeSpan.FromSeconds(300));
        Assert.Equal(2, session.PublishedSoFar<DialCustomer>().Count);
    }

    [Fact]
    public async Task A_delayed_session_that_cannot_reach_the_customer_also_leaves_the_URS_queue()
    {
        await using var host = await SessionTestHost.StartAsync();
        var session = await SessionDriver.Start(host, Dialing(waitForAgent: true, attempts: 1));
        await session.To(m => m.Dialing);

        await session.Fail(CallFailureReason.Busy);

        await session.InState(m => m.Completed);
        Assert.Equal(CallbackReason.FailCallToCustomer, (await session.Published<CancelRouting>()).Reason);
    }

    [Fact]
    public async Task When_SIP_Server_goes_silent_about_a_call_it_gives_up_on_that_call_and_redials()
    {
        await using var host = await SessionTestHost.StartAsync();
        var session = await SessionDriver.Start(host, Dialing() with { AdapterResponseTimeout = TimeSpan.FromSeconds(120) });
        await session.To(m => m.Dialing);
        var first = await session.Dial();

        await host.Advance(TimeSpan.FromSeconds(120));

        var release = await session.Published<ReleaseCall>();
        Assert.Equal(first.CallId, release.CallId);
        await host.Advance(TimeSpan.FromSeconds(300));
        await session.Dial(attempt: 2);
    }

    [Fact]
    public async Task Ringing_is_recorded_in_the_history()
    {
        await using var host = await SessionTestHost.StartAsync();
        var session = await SessionDriver.Start(host, Dialing());
        await session.To(m => m.Dialing);

        await session.Publish(new CallDialing { SessionId = session.Id, CallId = (await session.Dial()).CallId, At = host.Now });

        Assert.Contains(session.Session.History, h => h.Event == "CallDialing");
    }

    [Fact]
    public async Task An_answer_for_an_earlier_call_attempt_is_ignored()
    {
        await using var host = await SessionTestHost.StartAsync();
        var session = await SessionDriver.Start(host, Dialing());
        await session.To(m => m.Dialing);
        var first = await session.Dial();
        await session.Fail(CallFailureReason.NoAnswer);
        await host.Advance(TimeSpan.FromSeconds(300));
        await session.Dial(attempt: 2);

        await session.Publish(Given.Answered(first, CallProgressResult.Human, host.Now));

        Assert.Equal("Dialing", session.Session.CurrentState);
        Assert.Empty(session.PublishedSoFar<ReserveTarget>());
    }

    [Fact]
    public async Task A_second_answer_for_the_same_call_does_not_reserve_twice()
    {
        await using var host = await SessionTestHost.StartAsync();
        var session = await SessionDriver.Start(host, Dialing());
        await session.To(m => m.HumanDetected);

        await session.Answer(CallProgressResult.Human);

        Assert.Equal("HumanDetected", session.Session.CurrentState);
        Assert.Single(session.PublishedSoFar<ReserveTarget>());
    }
}
