using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;

namespace Callback.Sagas.Messaging.Scheduling;

/// <summary>
/// Whether this process's Quartz scheduler fires timers: started by <see cref="QuartzSchedulerLifecycle"/> and neither in
/// standby nor shut down. It reads the scheduler the lifecycle started, never asks the factory for one, which would build a
/// scheduler (and open its store) that nothing started.
/// </summary>
public sealed class QuartzSchedulerHealthCheck(QuartzSchedulerLifecycle lifecycle) :
    IHealthCheck
{
    public const string Name = "quartz-scheduler";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(lifecycle.Scheduler switch
        {
            null => HealthCheckResult.Unhealthy("Not started: it starts once the bus is ready."),
            { Status: SchedulerStatus.Running } scheduler => HealthCheckResult.Healthy($"{scheduler.SchedulerName} ({scheduler.SchedulerInstanceId}) running"),
            var scheduler => HealthCheckResult.Unhealthy($"{scheduler.SchedulerName} ({scheduler.SchedulerInstanceId}) is {scheduler.Status}"),
        });
}
