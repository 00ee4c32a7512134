using Callback.Testing;
using Callback.Workers.Telephony.Simulated;

namespace Callback.Workers.Tests.Telephony.Simulated;

public class Outcome_probability_Specs
{
    const int Draws = 500;

    [Fact]
    public void When_every_call_is_answered_by_a_person_no_attempt_ends_otherwise()
    {
        var planner = Planners.With(Planners.EveryCallReachesAPerson);

        Assert.All(Attempts(planner), call => Assert.Equal(CallOutcome.Human, call.Outcome));
    }

    [Fact]
    public void When_no_call_is_answered_every_attempt_fails_for_a_weighted_reason()
    {
        var planner = Planners.With(o =>
        {
            o.AnswerProbability = 0;
            o.Failures.Busy = 1;
            o.Failures.NoAnswer = 1;
            o.Failures.Rejected = 0;
            o.Failures.NetworkError = 0;
        });

        var outcomes = Attempts(planner).Select(c => c.Outcome).Distinct().Order();

        Assert.Equal([CallOutcome.Busy, CallOutcome.NoAnswer], outcomes);
    }

    [Fact]
    public void An_answer_comes_from_whoever_has_weight()
    {
        var planner = Planners.With(o =>
        {
            o.AnswerProbability = 1;
            o.Answers.Human = 3;
            o.Answers.AnsweringMachine = 1;
            o.Answers.Fax = 0;
        });

        var outcomes = Attempts(planner).Select(c => c.Outcome).Distinct().Order();

        Assert.Equal([CallOutcome.Human, CallOutcome.AnsweringMachine], outcomes);
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(0, false)]
    public void A_reservation_always_or_never_gets_an_agent_at_probability_one_or_zero(double probability, bool reserved)
    {
        var planner = Planners.With(o => o.ReservationSuccessProbability = probability);

        Assert.All(Enumerable.Range(0, Draws), _ => Assert.Equal(reserved, planner.PlanReservation(Given.Target).AgentDn is not null));
    }

    [Fact]
    public void A_target_of_its_own_reserves_agents_as_often_as_it_says_and_the_others_as_every_target_does()
    {
        const string unstaffed = "Night@Stat_Server.GA";
        var planner = Planners.With(o =>
        {
            o.ReservationSuccessProbability = 1;
            o.Targets[unstaffed] = new SimulatedTargetOptions { ReservationSuccessProbability = 0, ReservationSeconds = 4 };
        });

        Assert.All(Enumerable.Range(0, Draws), _ => Assert.Null(planner.PlanReservation(unstaffed).AgentDn));
        Assert.All(Enumerable.Range(0, Draws), _ => Assert.NotNull(planner.PlanReservation(Given.Target).AgentDn));
        Assert.Equal(TimeSpan.FromSeconds(4), planner.PlanReservation(unstaffed).After);
    }

    [Fact]
    public void A_reserved_agent_is_one_of_the_simulated_agents()
    {
        var planner = Planners.With(o => o.ReservationSuccessProbability = 1);

        var agents = Enumerable.Range(0, Draws).Select(_ => planner.PlanReservation(Given.Target).AgentDn).Distinct().Order();

        Assert.Equal(["7001", "7002", "7003", "7004", "7005"], agents);
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(0, false)]
    public void A_routing_always_or_never_reaches_the_agent_at_probability_one_or_zero(double probability, bool routed)
    {
        var planner = Planners.With(o => o.RoutingSuccessProbability = probability);

        Assert.All(Enumerable.Range(0, Draws), _ => Assert.Equal(routed, planner.PlanRouting().IsRouted));
    }

    static IEnumerable<PlannedCall> Attempts(CallOutcomePlanner planner) =>
        Enumerable.Range(0, Draws).Select(_ => planner.PlanCall(Given.CustomerNumber, 1)).ToList();
}
