namespace Callback.Workers.Telephony.Simulated;

/// <summary>Whether the agent takes the routed call, and how long SIP Server takes to say so.</summary>
public sealed record PlannedRouting(bool IsRouted, TimeSpan After);
