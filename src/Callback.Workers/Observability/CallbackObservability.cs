namespace Callback.Workers.Observability;

/// <summary>
/// What an operator watches a callback process with, the web tier and the workers alike: <c>/health/live</c> and
/// <c>/health/ready</c> (<see cref="CallbackHealthChecks"/>), Prometheus's <c>/metrics</c>, and OpenTelemetry traces and
/// metrics, exported over OTLP when an endpoint is configured (<see cref="CallbackTelemetry"/>). docs/operations.md describes them.
/// </summary>
public static class CallbackObservability
{
    /// <param name="builder">The process's builder, after its bus is added.</param>
    /// <param name="serviceName">The process as telemetry names it (<c>service.name</c>): <c>callback-web</c>, <c>callback-workers</c>.</param>
    public static WebApplicationBuilder AddCallbackObservability(this WebApplicationBuilder builder, string serviceName)
    {
        builder.Services.AddCallbackHealthChecks(builder.Configuration);
        builder.Services.AddCallbackTelemetry(builder.Configuration, serviceName);
        return builder;
    }

    public static IEndpointRouteBuilder MapCallbackObservability(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapCallbackHealthChecks();
        endpoints.MapPrometheusScrapingEndpoint();
        return endpoints;
    }
}
