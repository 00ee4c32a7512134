namespace Callback.Workers.Telephony.Simulated;

/// <summary>
/// Relative weights of why an unanswered call fails: they need not add up to 1, and a weight of 0 never happens.
/// Unset weights keep their defaults.
/// </summary>
public sealed class SimulatedFailureMix
{
    public double Busy { get; set; } = 0.4;

    public double NoAnswer { get; set; } = 0.4;

    public double Rejected { get; set; } = 0.1;

    public double NetworkError { get; set; } = 0.1;
}
