using Callback.Testing;
using Callback.Workers.Telephony.Simulated;

namespace Callback.Workers.Tests.Telephony.Simulated;

public class Simulated_timing_Specs
{
    const string OtherTarget = "Sales@Stat_Server.GA";

    [Fact]
    public void A_target_with_its_own_ewt_reports_it_and_the_others_report_the_default()
    {
        var planner = Planners.With(o =>
        {
            o.EwtSeconds = 45;
            o.Targets[Given.Target] = new SimulatedTargetOptions { EwtSeconds = 90 };
        });

        Assert.Equal(TimeSpan.FromSeconds(90), planner.EwtOf(Given.Target));
        Assert.Equal(TimeSpan.FromSeconds(45), planner.EwtOf(OtherTarget));
    }

    [Fact]
    public void A_target_with_its_own_agent_wait_has_an_agent_after_it_and_the_others_after_the_default()
    {
        var planner = Planners.With(o =>
        {
            o.AgentAvailableAfterSeconds = 20;
            o.Targets[Given.Target] = new SimulatedTargetOptions { AgentAvailableAfterSeconds = 5 };
        });

        Assert.Equal(TimeSpan.FromSeconds(5), planner.AgentAvailableAfter(Given.Target));
        Assert.Equal(TimeSpan.FromSeconds(20), planner.AgentAvailableAfter(OtherTarget));
    }

    [Fact]
    public void A_target_keeps_the_default_for_what_it_does_not_set()
    {
        var planner = Planners.With(o =>
        {
            o.EwtSeconds = 45;
            o.Targets[Given.Target] = new SimulatedTargetOptions { AgentAvailableAfterSeconds = 5 };
        });

        Assert.Equal(TimeSpan.FromSeconds(45), planner.EwtOf(Given.Target));
    }

    [Fact]
    public void Targets_are_found_whatever_their_case()
    {
        var planner = Planners.With(o => o.Targets[Given.Target.ToUpperInvariant()] = new SimulatedTargetOptions { EwtSeconds = 90 });

        Assert.Equal(TimeSpan.FromSeconds(90), planner.EwtOf(Given.Target));
    }

    [Theory]
    [InlineData("human", 6)]
    [InlineData("machine", 6)]
    [InlineData("fax", 6)]
    [InlineData("rejected", 6)]
    [InlineData("no-answer", 30)]
    [InlineData("busy", 1)]
    [InlineData("network-error", 1)]
    public void A_call_ends_after_the_ring_time_the_no_answer_time_or_at_once_when_it_cannot_ring(string outcome, double seconds)
    {
        var planner = Planners.With(o =>
        {
            o.RingSeconds = 6;
            o.NoAnswerSeconds = 30;
            o.FailureSeconds = 1;
            o.Numbers[Given.CustomerNumber] = outcome;
        });

        Assert.Equal(TimeSpan.FromSeconds(seconds), planner.PlanCall(Given.CustomerNumber, 1).After);
    }

    [Fact]
    public void Reservations_and_routings_take_their_configured_time_whether_or_not_they_work()
    {
        var planner = Planners.With(o =>
        {
            o.ReservationSeconds = 3;
            o.ReservationSuccessProbability = 0.5;
            o.RoutingSeconds = 4;
            o.RoutingSuccessProbability = 0.5;
        });

        Assert.All(Enumerable.Range(0, 50), _ => Assert.Equal(TimeSpan.FromSeconds(3), planner.PlanReservation(Given.Target).After));
        Assert.All(Enumerable.Range(0, 50), _ => Assert.Equal(TimeSpan.FromSeconds(4), planner.PlanRouting().After));
    }
}
