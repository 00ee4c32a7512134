namespace Callback.Workers.Telephony.Simulated;

/// <summary>
/// Relative weights of who answers a call: they need not add up to 1, and a weight of 0 never happens. Configure all
/// three to get a single one (<c>Human = 1, AnsweringMachine = 0, Fax = 0</c>), since unset weights keep their defaults.
/// </summary>
public sealed class SimulatedAnswerMix
{
    public double Human { get; set; } = 0.85;

    public double AnsweringMachine { get; set; } = 0.1;

    public double Fax { get; set; } = 0.05;
}
