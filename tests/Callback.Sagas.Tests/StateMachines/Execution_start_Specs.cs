using Callback.Sagas.Contracts.Urs;
using Callback.Sagas.StateMachines;
using Callback.Testing;

namespace Callback.Sagas.Tests.StateMachines;

/// <summary>A scheduled session starts at desired time minus the current EWT of its target, whichever way EWT moves.</summary>
public class Execution_start_Specs
{
    static readonly TimeSpan Buffer = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task When_the_execution_window_opens_it_asks_URS_for_the_EWT_of_its_target()
    {
        await using var host = await SessionTestHost.StartAsync();
        var desired = host.Now.AddHours(1);
        var session = await SessionDriver.Start(host, Given.Options(), desired);
        await session.InState(m => m.Scheduled);

        await host.Advance(TimeSpan.FromHours(1) - Buffer - TimeSpan.FromSeconds(1));
        Assert.Empty(session.PublishedSoFar<EstimateWaitTime>());

        await host.Advance(TimeSpan.FromSeconds(1));
        var ask = await session.Published<EstimateWaitTime>();

        Assert.Equal(Given.Target, ask.Target);
        await session.InState(m => m.Scheduled);
    }

    [Fact]
    public async Task When_the_EWT_covers_the_time_left_it_starts_at_once()
    {
        await using var host = await SessionTestHost.StartAsync();
        var desired = host.Now.AddMinutes(30);
        var session = await SessionDriver.Start(host, Given.Options(), desired);
        await host.Advance(TimeSpan.FromMinutes(28));
        await session.Published<EstimateWaitTime>();

        await session.Publish(Given.Ewt(session.Id, TimeSpan.FromMinutes(3), host.Now));

        var state = await session.InState(m => m.WaitingForAgent);
        Assert.Equal(TimeSpan.FromMinutes(3), state.LastKnownEwt);
        Assert.Equal(host.Now, state.History.Last().At);
    }

    [Fact]
    public async Task When_the_EWT_is_short_it_waits_until_desired_time_minus_EWT()
    {
        await using var host = await SessionTestHost.StartAsync();
        var desired = host.Now.AddMinutes(30);
        var session = await SessionDriver.Start(host, Given.Options(), desired);
        await host.Advance(TimeSpan.FromMinutes(28));
        await session.Published<EstimateWaitTime>();

        await session.Publish(Given.Ewt(session.Id, TimeSpan.FromSeconds(40), host.Now));
        await session.Consumed<EwtReported>();

        // 120 s left, 40 s of EWT: the start is due at desired - 40 s, 80 s from now; polls come first.
        await host.Advance(TimeSpan.FromSeconds(79));
        Assert.Equal("Scheduled", session.Session.CurrentState);

        await host.Advance(TimeSpan.FromSeconds(1));
        var state = await session.InState(m => m.WaitingForAgent);
        Assert.Equal(desired - TimeSpan.FromSeconds(40), state.History.Last().At);
    }

    [Fact]
    public async Task When_the_EWT_rises_while_it_waits_the_start_moves_earlier()
    {
        await using var host = await SessionTestHost.StartAsync();
        var desired = host.Now.AddMinutes(30);
        var session = await SessionDriver.Start(host, Given.Options(), desired);
        await host.Advance(TimeSpan.FromMinutes(28));
        await session.Publish(Given.Ewt(session.Id, TimeSpan.FromSeconds(10), host.Now));
        await session.Consumed<EwtReported>();

        await host.Advance(TimeSpan.FromSeconds(20));
        await session.Publish(Given.Ewt(session.Id, TimeSpan.FromSeconds(90), host.Now));

        // 100 s left and 90 s of EWT: 10 s to go, not 90.
        await session.Consumed<EwtReported>(m => m.EwtSeconds == 90);
        await host.Advance(TimeSpan.FromSeconds(10));
        var state = await session.InState(m => m.WaitingForAgent);
        Assert.Equal(desired - TimeSpan.FromSeconds(90), state.History.Last().At);
    }

    [Fact]
    public async Task When_the_EWT_falls_while_it_waits_the_start_moves_later()
    {
        await using var host = await SessionTestHost.StartAsync();
        var desired = host.Now.AddMinutes(30);
        var session = await SessionDriver.Start(host, Given.Options(), desired);
        await host.Advance(TimeSpan.FromMinutes(28));
        await session.Publish(Given.Ewt(session.Id, TimeSpan.FromSeconds(60), host.Now));
        await session.Consumed<EwtReported>();

        await host.Advance(TimeSpan.FromSeconds(30));
        await session.Publish(Given.Ewt(session.Id, TimeSpan.FromSeconds(5), host.Now));
        await session.Consumed<EwtReported>(m => m.EwtSeconds == 5);

        // It would have started at desired - 60 s; with 5 s of EWT it holds on until desired - 5 s.
        await host.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal("Scheduled", session.Session.CurrentState);
        await host.Advance(TimeSpan.FromSeconds(54));
        Assert.Equal("Scheduled", session.Session.CurrentState);

        await host.Advance(TimeSpan.FromSeconds(1));
        var state = await session.InState(m => m.WaitingForAgent);
        Assert.Equal(desired - TimeSpan.FromSeconds(5), state.History.Last().At);
    }

    [Fact]
    public async Task When_URS_never_answers_it_starts_at_the_desired_time()
    {
        await using var host = await SessionTestHost.StartAsync();
        var desired = host.Now.AddMinutes(30);
        var session = await SessionDriver.Start(host, Given.Options(), desired);

        for (var i = 0; i < 30 && session.Session.CurrentState == "Scheduled"; i++)
            await host.Advance(TimeSpan.FromMinutes(1));

        var state = await session.InState(m => m.WaitingForAgent);
        Assert.Equal(desired, state.History.Last().At);
        Assert.True(session.PublishedSoFar<EstimateWaitTime>().Count >= 2, "it kept asking while it waited");
    }

    [Fact]
    public async Task An_older_EWT_report_that_arrives_late_is_ignored()
    {
        await using var host = await SessionTestHost.StartAsync();
        var desired = host.Now.AddMinutes(30);
        var session = await SessionDriver.Start(host, Given.Options(), desired);
        await host.Advance(TimeSpan.FromMinutes(28));
        var measured = host.Now;
        await session.Publish(Given.Ewt(session.Id, TimeSpan.FromSeconds(20), measured));
        await session.Consumed<EwtReported>();

        await session.Publish(Given.Ewt(session.Id, TimeSpan.FromMinutes(5), measured.AddSeconds(-10)));
        await session.Consumed<EwtReported>(m => m.EwtSeconds == 300);

        Assert.Equal("Scheduled", session.Session.CurrentState);
        Assert.Equal(TimeSpan.FromSeconds(20), session.Session.LastKnownEwt);
    }

    [Fact]
    public async Task The_EWT_of_another_target_is_ignored()
    {
        await using var host = await SessionTestHost.StartAsync();
        var session = await SessionDriver.Start(host, Given.Options(), host.Now.AddMinutes(30));
        await host.Advance(TimeSpan.FromMinutes(28));

        await session.Publish(Given.Ewt(session.Id, TimeSpan.FromMinutes(5), host.Now) with { Target = "Sales@Stat_Server.GA" });
        await session.Consumed<EwtReported>();

        Assert.Equal("Scheduled", session.Session.CurrentState);
        Assert.Equal(TimeSpan.Zero, session.Session.LastKnownEwt);
    }

    [Fact]
    public async Task A_desired_time_inside_the_buffer_asks_for_the_EWT_at_once()
    {
        await using var host = await SessionTestHost.StartAsync();
        var session = await SessionDriver.Start(host, Given.Options(), host.Now.AddSeconds(90));

        await session.Published<EstimateWaitTime>();

        await session.Publish(Given.Ewt(session.Id, TimeSpan.FromSeconds(100), host.Now));
        await session.InState(m => m.WaitingForAgent);
    }
}
