namespace Callback.Web.Admission;

/// <summary>
/// How many callbacks a service admits: queued at once (<c>_max_queued_callbacks_per_service</c>), created per window
/// (two throttle rules), and per customer number and day (<c>_throttle_request_parameters_limit</c>).
/// </summary>
public sealed record ServiceLimits(int MaxQueued, ThrottleRule First, ThrottleRule Second, int PerCustomerPerDay);
