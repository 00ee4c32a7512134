namespace Callback.Workers.Telephony.Simulated;

/// <summary>
/// How the simulated URS and SIP Server behave, bound from <c>Telephony:Simulated</c>. The defaults make a lively demo:
/// most customers answer within seconds, some calls fail and are redialed, agents come free after a short wait.
/// Times are in seconds, like GMS's own options. Every delay must stay below the saga's
/// <c>_adapter_response_timeout</c> (and <c>_agent_reserve_timeout</c> for reservations), or the saga gives up first.
/// </summary>
public sealed class SimulatedTelephonyOptions
{
    public const string SectionName = "Telephony:Simulated";

    /// <summary>Seeds the random draws so that a run can be repeated; without it every run differs.</summary>
    public int? Seed { get; set; }

    /// <summary>The EWT URS reports for a target that has no value of its own.</summary>
    public double EwtSeconds { get; set; } = 45;

    /// <summary>How long after <c>WaitForAgent</c> URS says it is time to dial, for a target that has no value of its own.</summary>
    public double AgentAvailableAfterSeconds { get; set; } = 20;

    /// <summary>Values of one target (<c>Targets:&lt;target&gt;:EwtSeconds</c>, ...), e.g. <c>Billing@Stat_Server.GA</c>.</summary>
    public Dictionary<string, SimulatedTargetOptions> Targets { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>How long a call rings before it is answered or rejected.</summary>
    public double RingSeconds { get; set; } = 6;

    /// <summary>How long SIP Server lets an unanswered call ring before it reports no answer.</summary>
    public double NoAnswerSeconds { get; set; } = 30;

    /// <summary>How soon a busy line or a network error is reported: the phone never rings.</summary>
    public double FailureSeconds { get; set; } = 1;

    /// <summary>The chance that a call is answered at all, by a person or a machine.</summary>
    public double AnswerProbability { get; set; } = 0.8;

    /// <summary>Who answers a call that is answered.</summary>
    public SimulatedAnswerMix Answers { get; } = new();

    /// <summary>Why a call that is not answered fails.</summary>
    public SimulatedFailureMix Failures { get; } = new();

    /// <summary>How long URS takes to reserve an agent, or to find that none is free.</summary>
    public double ReservationSeconds { get; set; } = 1;

    public double ReservationSuccessProbability { get; set; } = 0.95;

    /// <summary>How long SIP Server takes to connect the customer to the agent, or to find that the agent does not answer.</summary>
    public double RoutingSeconds { get; set; } = 2;

    public double RoutingSuccessProbability { get; set; } = 0.95;

    /// <summary>
    /// Scripted customers, as dialed (E.164): <c>Numbers:+15105551234 = busy,no-answer,machine,human</c> gives one outcome
    /// per dial attempt, the last repeating. Outcomes: <c>human</c>, <c>machine</c> (or <c>answering-machine</c>),
    /// <c>fax</c>, <c>busy</c>, <c>no-answer</c>, <c>rejected</c>, <c>network-error</c>. A scripted number draws nothing.
    /// </summary>
    public Dictionary<string, string> Numbers { get; } = new(StringComparer.Ordinal);
}
