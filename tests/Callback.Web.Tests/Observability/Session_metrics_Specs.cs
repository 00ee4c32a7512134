using System.Diagnostics.Metrics;
using Callback.Sagas.Observability;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace Callback.Web.Tests.Observability;

/// <summary>
/// A session run counts what an operator's dashboards show: the outcome by <c>_callback_reason</c>, the call placed and how
/// late the scheduler fired its timer; and <c>/metrics</c> serves them to Prometheus.
/// The collectors read this host's meters only, whatever other tests run beside it.
/// </summary>
public sealed class Session_metrics_Specs :
    IDisposable
{
    readonly GenesysApiHost _host = new(ImmediateSessionRun.Settings);

    [Fact]
    public async Task A_session_that_reaches_an_agent_counts_its_outcome_its_dial_attempt_and_the_scheduler_s_lateness()
    {
        var meters = _host.Services.GetRequiredService<IMeterFactory>();
        using var completed = new MetricCollector<long>(meters, CallbackMetrics.MeterName, "callback.sessions.completed");
        using var dials = new MetricCollector<long>(meters, CallbackMetrics.MeterName, "callback.dial.attempts");
        using var lateness = new MetricCollector<double>(meters, CallbackMetrics.MeterName, "callback.scheduler.lateness");

        Assert.Equal("AGENT_CONNECTED", await ImmediateSessionRun.Complete(_host));

        var outcome = Assert.Single(completed.GetMeasurementSnapshot());
        Assert.Equal(1, outcome.Value);
        Assert.True(outcome.ContainsTags(new KeyValuePair<string, object?>("reason", "AGENT_CONNECTED"), new KeyValuePair<string, object?>("service", "user-immediate")));
        var dial = Assert.Single(dials.GetMeasurementSnapshot());
        Assert.True(dial.ContainsTags(new KeyValuePair<string, object?>("service", "user-immediate")));
        Assert.NotEmpty(lateness.GetMeasurementSnapshot());
        Assert.All(lateness.GetMeasurementSnapshot(), fired => Assert.InRange(fired.Value, 0, 1));
    }

    [Fact]
    public async Task The_scrape_endpoint_serves_the_callback_instruments_in_Prometheus_format()
    {
        await ImmediateSessionRun.Complete(_host);

        var scrape = await _host.CreateClient().GetStringAsync("/metrics");

        Assert.Contains("callback_sessions_completed_total{", scrape);
        Assert.Contains("reason=\"AGENT_CONNECTED\"", scrape);
        Assert.Contains("callback_dial_attempts_total{", scrape);
        Assert.Contains("callback_scheduler_lateness_seconds_bucket{", scrape);
        Assert.Contains("callback_sessions{", scrape);
    }

    public void Dispose() => _host.Dispose();
}
