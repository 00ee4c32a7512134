using System.Net;
using System.Text.Json;
using Callback.Integration.Tests.Harness;
using Xunit.Abstractions;

namespace Callback.Integration.Tests;

/// <summary>The worker process as an orchestrator probes and scrapes it, on its own HTTP port (<c>Urls</c>).</summary>
public sealed class Worker_health_Specs(ITestOutputHelper output) :
    DeploymentSpecs(output)
{
    [Fact]
    public async Task A_started_worker_is_live_and_ready_with_its_broker_database_and_scheduler_and_serves_its_metrics()
    {
        var worker = await Deployment.StartWorkerAsync("worker");
        using var client = new HttpClient { BaseAddress = await worker.HttpAddress() };

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);

        using var ready = await client.GetAsync("/health/ready");
        var report = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement;
        Assert.True(ready.StatusCode == HttpStatusCode.OK, report.ToString());
        var checks = report.GetProperty("checks").EnumerateObject().ToDictionary(c => c.Name, c => c.Value.GetProperty("status").GetString());
        Assert.Equal(new Dictionary<string, string?>
        {
            ["masstransit-bus"] = "Healthy", ["rabbitmq"] = "Healthy", ["database"] = "Healthy", ["quartz-scheduler"] = "Healthy",
        }, checks);

        var metrics = await client.GetStringAsync("/metrics");
        Assert.Contains("service_name=\"callback-workers\"", metrics);
        Assert.Contains("callback_sessions{", metrics);
    }

    [Fact]
    public async Task The_simulator_process_is_ready_with_its_broker_alone_having_no_database()
    {
        var simulator = await Deployment.StartSimulatorAsync("simulator");
        using var client = new HttpClient { BaseAddress = await simulator.HttpAddress() };

        using var ready = await client.GetAsync("/health/ready");
        var report = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement;
        Assert.True(ready.StatusCode == HttpStatusCode.OK, report.ToString());
        var checks = report.GetProperty("checks").EnumerateObject().Select(c => c.Name).Order();
        Assert.Equal(["masstransit-bus", "rabbitmq"], checks);
        Assert.DoesNotContain("callback_sessions{", await client.GetStringAsync("/metrics"));
    }
}
