using Callback.Sagas.Contracts.Urs;
using Callback.Testing;

namespace Callback.Workers.Tests.Telephony.Simulated;

public class Simulated_urs_Specs
{
    readonly Guid _session = Guid.NewGuid();

    [Fact]
    public async Task When_asked_for_the_wait_time_it_reports_the_targets_ewt_at_once()
    {
        await using var host = await AdapterTestHost.StartAsync(new SimulatedSettings()
            .With("EwtSeconds", 45)
            .With($"Targets:{Given.Target}:EwtSeconds", 90));

        await host.Publish(new EstimateWaitTime { SessionId = _session, Target = Given.Target });
        var report = await host.ArrivalOf<EwtReported>(m => m.SessionId == _session);

        Assert.Equal(SessionTestHost.Start, report.At);
        Assert.Equal(Given.Target, report.Message.Target);
        Assert.Equal(90, report.Message.EwtSeconds);
        Assert.Equal(SessionTestHost.Start, report.Message.MeasuredAt);
    }

    [Fact]
    public async Task When_a_session_waits_for_an_agent_it_says_time_to_dial_once_the_targets_wait_is_over_and_not_before()
    {
        await using var host = await AdapterTestHost.StartAsync(new SimulatedSettings().With($"Targets:{Given.Target}:AgentAvailableAfterSeconds", 30));

        await host.Publish(new WaitForAgent { SessionId = _session, ServiceName = "user-delayed", Target = Given.Target });
        await host.Advance(TimeSpan.FromSeconds(20));
        Assert.Empty(host.ArrivedSoFar<AgentAvailable>(m => m.SessionId == _session));
        await host.Advance(TimeSpan.FromSeconds(10));
        var available = await host.ArrivalOf<AgentAvailable>(m => m.SessionId == _session);

        Assert.Equal(SessionTestHost.Start.AddSeconds(30), available.At);
        Assert.Equal(available.At, available.Message.At);
        Assert.Equal(Given.Target, available.Message.Target);
    }

    [Fact]
    public async Task When_an_agent_is_free_it_reserves_one_for_the_same_attempt_after_the_reservation_time()
    {
        await using var host = await AdapterTestHost.StartAsync(new SimulatedSettings().With("ReservationSeconds", 3));

        await host.Publish(Reserve(attempt: 2));
        await host.Advance(TimeSpan.FromSeconds(3));
        var reserved = await host.ArrivalOf<TargetReserved>(m => m.SessionId == _session);

        Assert.Equal(SessionTestHost.Start.AddSeconds(3), reserved.At);
        Assert.Equal(reserved.At, reserved.Message.At);
        Assert.Equal(2, reserved.Message.Attempt);
        Assert.Matches("^agent-(700[1-5])$", reserved.Message.AgentId);
        Assert.Equal($"{reserved.Message.AgentId["agent-".Length..]}@SIP_Server", reserved.Message.Destination);
    }

    [Fact]
    public async Task When_no_agent_is_free_the_reservation_of_that_attempt_fails_after_the_reservation_time()
    {
        await using var host = await AdapterTestHost.StartAsync(new SimulatedSettings()
            .With("ReservationSeconds", 3)
            .With("ReservationSuccessProbability", 0));

        await host.Publish(Reserve(attempt: 4));
        await host.Advance(TimeSpan.FromSeconds(3));
        var refused = await host.ArrivalOf<TargetNotReserved>(m => m.SessionId == _session);

        Assert.Equal(SessionTestHost.Start.AddSeconds(3), refused.At);
        Assert.Equal(4, refused.Message.Attempt);
        Assert.Contains(Given.Target, refused.Message.Reason, StringComparison.Ordinal);
        Assert.Empty(host.ArrivedSoFar<TargetReserved>(m => m.SessionId == _session));
    }

    [Fact]
    public async Task Cancelling_the_routing_of_a_session_is_taken_without_an_answer()
    {
        await using var host = await AdapterTestHost.StartAsync(new SimulatedSettings());

        await host.Publish(new CancelRouting { SessionId = _session, Reason = "CANCELLED" });

        var publishedSoFar = host.Harness.Published.Select(_ => true, new CancellationToken(true));
        Assert.Equal([typeof(CancelRouting)], publishedSoFar.Select(m => m.MessageType));
    }

    ReserveTarget Reserve(int attempt) => new()
    {
        SessionId = _session, CallId = Guid.NewGuid(), Target = Given.Target, ReservationTimeoutSeconds = 30, Attempt = attempt,
    };
}
