using Callback.Testing;
using Callback.Workers.Telephony.Simulated;

namespace Callback.Workers.Tests.Telephony.Simulated;

public class Seeded_run_Specs
{
    const int Steps = 200;

    [Fact]
    public void Two_simulations_with_the_same_seed_plan_the_same_run()
    {
        Assert.Equal(Run(Seeded(42)), Run(Seeded(42)));
    }

    [Fact]
    public void Simulations_with_different_seeds_plan_different_runs()
    {
        Assert.NotEqual(Run(Seeded(42)), Run(Seeded(43)));
    }

    [Fact]
    public async Task Consumers_sharing_a_seeded_planner_at_once_draw_the_same_outcomes_as_one_after_the_other()
    {
        var shared = Seeded(42);
        var concurrently = new PlannedCall[Steps * 10];

        await Parallel.ForAsync(0, concurrently.Length, (i, _) =>
        {
            concurrently[i] = shared.PlanCall(Given.CustomerNumber, 1);
            return ValueTask.CompletedTask;
        });

        var oneAfterTheOther = Seeded(42);
        var sequentially = Enumerable.Range(0, concurrently.Length).Select(_ => oneAfterTheOther.PlanCall(Given.CustomerNumber, 1));
        Assert.Equal(Tally(sequentially), Tally(concurrently));
    }

    static CallOutcomePlanner Seeded(int seed) => Planners.With(o =>
    {
        o.Seed = seed;
        o.AnswerProbability = 0.5;
        o.ReservationSuccessProbability = 0.5;
        o.RoutingSuccessProbability = 0.5;
    });

    /// <summary>A mixed run, as the consumers would ask: a call, a reservation, a routing, again and again.</summary>
    static List<object> Run(CallOutcomePlanner planner) =>
        Enumerable.Range(1, Steps)
            .SelectMany(_ => new object[] { planner.PlanCall(Given.CustomerNumber, 1), planner.PlanReservation(Given.Target), planner.PlanRouting() })
            .ToList();

    static List<KeyValuePair<CallOutcome, int>> Tally(IEnumerable<PlannedCall> calls) =>
        calls.CountBy(c => c.Outcome).OrderBy(c => c.Key).ToList();
}
