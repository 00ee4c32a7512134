namespace Callback.Workers.Telephony.Simulated;

/// <summary>
/// One target's own contact center (<c>Targets:&lt;target&gt;:*</c>): its wait, how soon an agent comes free, and how
/// often and how fast an agent can be reserved, so that one queue can be busy or unstaffed while another is not. An
/// empty value falls back to the value every target shares.
/// </summary>
public sealed class SimulatedTargetOptions
{
    public double? EwtSeconds { get; set; }

    public double? AgentAvailableAfterSeconds { get; set; }

    public double? ReservationSeconds { get; set; }

    /// <summary>0 makes a target whose agents can never be reserved: its sessions end <c>FAIL_AGENT_CONNECT</c> once their transfer attempts are spent.</summary>
    public double? ReservationSuccessProbability { get; set; }
}
