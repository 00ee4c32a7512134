namespace Callback.Workers.Telephony.Simulated;

/// <summary>The agent URS reserves (its DN), or null when none is free, and how long URS takes to say so.</summary>
public sealed record PlannedReservation(string? AgentDn, TimeSpan After);
