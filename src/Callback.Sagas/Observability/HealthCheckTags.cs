namespace Callback.Sagas.Observability;

/// <summary>The tags that sort health checks into the endpoints that run them.</summary>
public static class HealthCheckTags
{
    /// <summary>
    /// Checks that must pass for the process to take work (<c>/health/ready</c>): the tag MassTransit's bus check
    /// (<c>masstransit-bus</c>) carries, so ours join it.
    /// </summary>
    public const string Ready = "ready";
}
