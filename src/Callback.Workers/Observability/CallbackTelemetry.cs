using Callback.Sagas.Observability;
using MassTransit.Logging;
using MassTransit.Monitoring;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Callback.Workers.Telephony;

namespace Callback.Workers.Observability;

/// <summary>
/// OpenTelemetry for a callback process. Traces: incoming HTTP, outgoing HTTP (push callbacks) and MassTransit's
/// send/receive/consume/saga activities, which carry the trace across the broker. Metrics: the same three plus the .NET
/// runtime, and ours (<see cref="CallbackMetrics"/>, <see cref="SessionCountsGauge"/>). Metrics are always scraped at
/// <c>/metrics</c>; when <see cref="TelemetrySettings"/> names a collector, traces, metrics and logs also go there over OTLP.
/// </summary>
public static class CallbackTelemetry
{
    public static IServiceCollection AddCallbackTelemetry(this IServiceCollection services, IConfiguration configuration, string serviceName)
    {
        var settings = TelemetrySettings.From(configuration);
        services.AddSingleton(settings);
        services.AddCallbackMetrics();
        var countsSessions = WorkerRole.Of(configuration) == WorkerRole.Sessions;
        if (countsSessions)
            services.AddSingleton<SessionCountsGauge>();

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(aspNetCore => aspNetCore.Filter = http => !IsProbe(http))
                .AddHttpClientInstrumentation()
                .AddSource(DiagnosticHeaders.DefaultListenerName))
            .WithMetrics(metrics =>
            {
                metrics
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddMeter(InstrumentationOptions.MeterName, CallbackMetrics.MeterName)
                    .AddPrometheusExporter();

                // The simulator has no database to count sessions in; every other process reports the same counts.
                if (countsSessions)
                    metrics.AddInstrumentation(provider => provider.GetRequiredService<SessionCountsGauge>());
            });

        if (settings.OtlpEndpoint is { } endpoint)
            telemetry.UseOtlpExporter(settings.OtlpProtocol, endpoint);
        else if (settings.ExportsOtlp)
            telemetry.UseOtlpExporter();

        return services;
    }

    /// <summary>Health probes and scrapes come every few seconds and say nothing about the service's work: no traces for them.</summary>
    static bool IsProbe(HttpContext http) =>
        http.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
        || http.Request.Path.StartsWithSegments("/metrics", StringComparison.OrdinalIgnoreCase);
}
