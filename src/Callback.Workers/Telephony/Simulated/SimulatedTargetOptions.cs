namespace Callback.Workers.Telephony.Simulated;

/// <summary>One target's own timing; an empty value falls back to the value every target shares.</summary>
public sealed class SimulatedTargetOptions
{
    public double? EwtSeconds { get; set; }

    public double? AgentAvailableAfterSeconds { get; set; }
}
