namespace Callback.Web.Admission;

/// <summary>GMS's <c>_throttle_callbacks_per_service_N</c> in <c>_throttle_ttl_N</c> seconds: at most <see cref="Count"/> creations per window.</summary>
public sealed record ThrottleRule(int Count, TimeSpan Window)
{
    /// <summary>A window of 0 turns the rule off.</summary>
    public bool IsOff => Window <= TimeSpan.Zero;
}
