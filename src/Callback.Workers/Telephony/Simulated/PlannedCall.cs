namespace Callback.Workers.Telephony.Simulated;

/// <summary>What becomes of one call attempt, and how long after dialing it happens.</summary>
public sealed record PlannedCall(CallOutcome Outcome, TimeSpan After)
{
    /// <summary>Whether the customer's phone rings at all: a busy line or a network error end the call before it does.</summary>
    public bool Rings => Outcome is not (CallOutcome.Busy or CallOutcome.NetworkError);

    public bool IsAnswered => Outcome is CallOutcome.Human or CallOutcome.AnsweringMachine or CallOutcome.Fax;
}
