namespace Callback.Workers.Telephony.Simulated;

/// <summary>What becomes of one simulated call attempt.</summary>
public enum CallOutcome
{
    Human,
    AnsweringMachine,
    Fax,
    Busy,
    NoAnswer,
    Rejected,
    NetworkError,
}
