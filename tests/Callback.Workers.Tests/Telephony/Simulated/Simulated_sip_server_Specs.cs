using Callback.Sagas.Contracts.Sip;
using Callback.Testing;

namespace Callback.Workers.Tests.Telephony.Simulated;

public class Simulated_sip_server_Specs
{
    readonly Guid _session = Guid.NewGuid();

    [Fact]
    public async Task When_a_person_answers_the_phone_rings_at_once_and_the_call_is_answered_after_the_ring_time()
    {
        await using var host = await AdapterTestHost.StartAsync(Scripted("human").With("RingSeconds", 30));
        var dial = Dial();

        await host.Publish(dial);
        var dialing = await host.ArrivalOf<CallDialing>(m => m.CallId == dial.CallId);
        await host.Advance(TimeSpan.FromSeconds(20));
        Assert.Empty(host.ArrivedSoFar<CallAnswered>(m => m.CallId == dial.CallId));
        await host.Advance(TimeSpan.FromSeconds(10));
        var answered = await host.ArrivalOf<CallAnswered>(m => m.CallId == dial.CallId);

        Assert.Equal(SessionTestHost.Start, dialing.At);
        Assert.Equal(SessionTestHost.Start, dialing.Message.At);
        Assert.Equal(SessionTestHost.Start.AddSeconds(30), answered.At);
        Assert.Equal(answered.At, answered.Message.At);
        Assert.Equal(CallProgressResult.Human, answered.Message.Result);
        Assert.Equal(_session, answered.Message.SessionId);
    }

    [Theory]
    [InlineData("machine", CallProgressResult.AnsweringMachine)]
    [InlineData("fax", CallProgressResult.Fax)]
    public async Task Call_progress_detection_tells_a_machine_from_a_person(string outcome, CallProgressResult result)
    {
        await using var host = await AdapterTestHost.StartAsync(Scripted(outcome));
        var dial = Dial();

        await host.Publish(dial);
        await host.Advance(SimulatedSettings.Ring);
        var answered = await host.ArrivalOf<CallAnswered>(m => m.CallId == dial.CallId);

        Assert.Equal(result, answered.Message.Result);
    }

    [Fact]
    public async Task Without_call_progress_detection_even_a_machine_is_reported_as_undetected()
    {
        await using var host = await AdapterTestHost.StartAsync(Scripted("machine"));
        var dial = Dial() with { CallProgressDetection = false };

        await host.Publish(dial);
        await host.Advance(SimulatedSettings.Ring);
        var answered = await host.ArrivalOf<CallAnswered>(m => m.CallId == dial.CallId);

        Assert.Equal(CallProgressResult.Unknown, answered.Message.Result);
    }

    [Theory]
    [InlineData("busy", CallFailureReason.Busy, false, 1)]
    [InlineData("network-error", CallFailureReason.NetworkError, false, 1)]
    [InlineData("rejected", CallFailureReason.Rejected, true, 6)]
    [InlineData("no-answer", CallFailureReason.NoAnswer, true, 30)]
    public async Task A_call_that_reaches_no_one_fails_for_its_reason_once_it_has_rung_or_at_once_when_it_cannot(
        string outcome, CallFailureReason reason, bool rings, double seconds)
    {
        await using var host = await AdapterTestHost.StartAsync(Scripted(outcome)
            .With("RingSeconds", 6)
            .With("NoAnswerSeconds", 30)
            .With("FailureSeconds", 1));
        var dial = Dial();

        await host.Publish(dial);
        await host.Advance(TimeSpan.FromSeconds(seconds));
        var failed = await host.ArrivalOf<CallFailed>(m => m.CallId == dial.CallId);

        Assert.Equal(reason, failed.Message.Reason);
        Assert.Equal(SessionTestHost.Start.AddSeconds(seconds), failed.At);
        Assert.Equal(failed.At, failed.Message.At);
        Assert.Equal(rings, host.ArrivedSoFar<CallDialing>(m => m.CallId == dial.CallId).Count == 1);
    }

    [Fact]
    public async Task Each_attempt_to_a_scripted_number_gets_the_outcome_the_script_gives_that_attempt()
    {
        await using var host = await AdapterTestHost.StartAsync(Scripted("busy,human"));
        var first = Dial(attempt: 1);
        var second = Dial(attempt: 2);

        await host.Publish(first);
        await host.Publish(second);
        await host.Advance(SimulatedSettings.Ring);

        Assert.Equal(CallFailureReason.Busy, (await host.ArrivalOf<CallFailed>(m => m.CallId == first.CallId)).Message.Reason);
        Assert.Equal(CallProgressResult.Human, (await host.ArrivalOf<CallAnswered>(m => m.CallId == second.CallId)).Message.Result);
    }

    [Fact]
    public async Task With_no_ring_time_the_answer_comes_at_once()
    {
        await using var host = await AdapterTestHost.StartAsync(Scripted("human").With("RingSeconds", 0));
        var dial = Dial();

        await host.Publish(dial);
        var answered = await host.ArrivalOf<CallAnswered>(m => m.CallId == dial.CallId);

        Assert.Equal(SessionTestHost.Start, answered.At);
    }

    [Fact]
    public async Task When_the_agent_answers_the_routed_call_the_customer_is_connected_after_the_routing_time()
    {
        await using var host = await AdapterTestHost.StartAsync(new SimulatedSettings().With("RoutingSeconds", 4));
        var route = Route();

        await host.Publish(route);
        await host.Advance(TimeSpan.FromSeconds(4));
        var routed = await host.ArrivalOf<CallRouted>(m => m.CallId == route.CallId);

        Assert.Equal(SessionTestHost.Start.AddSeconds(4), routed.At);
        Assert.Equal(routed.At, routed.Message.At);
        Assert.Equal(route.AgentId, routed.Message.AgentId);
        Assert.Equal(_session, routed.Message.SessionId);
    }

    [Fact]
    public async Task When_the_agent_does_not_answer_the_routing_fails_after_the_routing_time()
    {
        await using var host = await AdapterTestHost.StartAsync(new SimulatedSettings()
            .With("RoutingSeconds", 4)
            .With("RoutingSuccessProbability", 0));
        var route = Route();

        await host.Publish(route);
        await host.Advance(TimeSpan.FromSeconds(4));
        var failed = await host.ArrivalOf<CallRoutingFailed>(m => m.CallId == route.CallId);

        Assert.Equal(SessionTestHost.Start.AddSeconds(4), failed.At);
        Assert.Contains(route.AgentId, failed.Message.Reason, StringComparison.Ordinal);
        Assert.Empty(host.ArrivedSoFar<CallRouted>(m => m.CallId == route.CallId));
    }

    [Fact]
    public async Task Releasing_a_call_ends_it_at_once()
    {
        await using var host = await AdapterTestHost.StartAsync(new SimulatedSettings());
        var release = new ReleaseCall { SessionId = _session, CallId = Guid.NewGuid(), Reason = "AnsweringMachine" };

        await host.Publish(release);
        var released = await host.ArrivalOf<CallReleased>(m => m.CallId == release.CallId);

        Assert.Equal(SessionTestHost.Start, released.At);
        Assert.Equal(SessionTestHost.Start, released.Message.At);
        Assert.Equal(_session, released.Message.SessionId);
    }

    static SimulatedSettings Scripted(string script) => new SimulatedSettings().With($"Numbers:{Given.CustomerNumber}", script);

    DialCustomer Dial(int attempt = 1) => new()
    {
        SessionId = _session, CallId = Guid.NewGuid(), Attempt = attempt, CustomerNumber = Given.CustomerNumber, RoutePoint = "8999@SIP_Server",
        CallProgressDetection = true,
    };

    RouteCall Route() => new() { SessionId = _session, CallId = Guid.NewGuid(), AgentId = "agent-7002", Destination = "7002@SIP_Server" };
}
