using Microsoft.Extensions.Options;

namespace Callback.Workers.Telephony.Simulated;

/// <summary>
/// Decides everything the simulated contact center does for a session: what becomes of each call attempt, how long
/// URS and SIP Server take, whether a reservation or a routing works. Nothing but the options and its random draws
/// go in, so it is tested on its own; a <see cref="SimulatedTelephonyOptions.Seed"/> repeats a run (as long as the
/// commands arrive in the same order) and a scripted number draws nothing at all. Shared by all consumers: draws
/// are taken one at a time.
/// </summary>
public sealed class CallOutcomePlanner
{
    /// <summary>The simulated agents' DNs: a few, so that a demo shows different agents taking calls.</summary>
    static readonly string[] AgentDns = ["7001", "7002", "7003", "7004", "7005"];

    readonly SimulatedTelephonyOptions _options;
    readonly Dictionary<string, CallScript> _scripts;
    readonly Random _random;
    readonly Lock _draws = new();

    public CallOutcomePlanner(IOptions<SimulatedTelephonyOptions> options)
    {
        _options = options.Value;
        _scripts = _options.Numbers.ToDictionary(n => n.Key.Trim(), n => CallScript.Parse(n.Value), StringComparer.Ordinal);
        _random = _options.Seed is { } seed ? new Random(seed) : new Random();
    }

    /// <summary>The expected wait time URS reports for <paramref name="target"/>.</summary>
    public TimeSpan EwtOf(string target) =>
        Seconds(TargetOf(target)?.EwtSeconds ?? _options.EwtSeconds);

    /// <summary>How long after the session is queued on <paramref name="target"/> URS says it is time to dial.</summary>
    public TimeSpan AgentAvailableAfter(string target) =>
        Seconds(TargetOf(target)?.AgentAvailableAfterSeconds ?? _options.AgentAvailableAfterSeconds);

    /// <summary>What becomes of dial attempt <paramref name="attempt"/> (from 1) to <paramref name="customerNumber"/>.</summary>
    public PlannedCall PlanCall(string customerNumber, int attempt)
    {
        var outcome = _scripts.TryGetValue(customerNumber, out var script) ? script.ForAttempt(attempt) : DrawCallOutcome();
        return new PlannedCall(outcome, Seconds(outcome switch
        {
            CallOutcome.Human or CallOutcome.AnsweringMachine or CallOutcome.Fax or CallOutcome.Rejected => _options.RingSeconds,
            CallOutcome.NoAnswer => _options.NoAnswerSeconds,
            _ => _options.FailureSeconds,
        }));
    }

    /// <summary>Whether an agent of <paramref name="target"/> can be reserved, which one, and how long URS takes to say.</summary>
    public PlannedReservation PlanReservation(string target)
    {
        var own = TargetOf(target);
        lock (_draws)
        {
            var agentDn = Happens(own?.ReservationSuccessProbability ?? _options.ReservationSuccessProbability) ? AgentDns[Draw(AgentDns.Length)] : null;
            return new PlannedReservation(agentDn, Seconds(own?.ReservationSeconds ?? _options.ReservationSeconds));
        }
    }

    public PlannedRouting PlanRouting()
    {
        lock (_draws)
            return new PlannedRouting(Happens(_options.RoutingSuccessProbability), Seconds(_options.RoutingSeconds));
    }

    CallOutcome DrawCallOutcome()
    {
        lock (_draws)
        {
            if (Happens(_options.AnswerProbability))
            {
                var answers = _options.Answers;
                return Pick((CallOutcome.Human, answers.Human), (CallOutcome.AnsweringMachine, answers.AnsweringMachine),
                    (CallOutcome.Fax, answers.Fax));
            }

            var failures = _options.Failures;
            return Pick((CallOutcome.Busy, failures.Busy), (CallOutcome.NoAnswer, failures.NoAnswer),
                (CallOutcome.Rejected, failures.Rejected), (CallOutcome.NetworkError, failures.NetworkError));
        }
    }

    /// <summary>A probability of 1 always happens and 0 never does: the draw is in [0, 1).</summary>
    bool Happens(double probability) => NextDouble() < probability;

    /// <summary>One outcome by relative weight; a weight of 0 is never picked.</summary>
    CallOutcome Pick(params (CallOutcome Outcome, double Weight)[] choices)
    {
        var point = NextDouble() * choices.Sum(c => c.Weight);
        foreach (var (outcome, weight) in choices)
        {
            if (point < weight)
                return outcome;

            point -= weight;
        }

        // Rounding can leave the point just past the end: it belongs to the last outcome that can happen.
        return choices.Last(c => c.Weight > 0).Outcome;
    }

    // Random is not thread-safe: these are only called while holding _draws.
    double NextDouble() => _random.NextDouble();

    int Draw(int count) => _random.Next(count);

    SimulatedTargetOptions? TargetOf(string target) => _options.Targets.GetValueOrDefault(target);

    static TimeSpan Seconds(double seconds) => TimeSpan.FromSeconds(seconds);
}
