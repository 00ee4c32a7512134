using MassTransit;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Callback.Sagas.Messaging.Scheduling;

/// <summary>
/// Runs the Quartz scheduler while the bus runs. It starts firing only once the bus is ready, because a firing is a
/// send; it stands by before the bus stops, so nothing fires into a bus that is going away, and it shuts down, letting
/// a firing under way finish, after the bus has stopped. A trigger that falls due in between waits in the store and
/// fires at the next start.
/// </summary>
public sealed class QuartzSchedulerLifecycle(ISchedulerFactory schedulers, ILogger<QuartzSchedulerLifecycle> logger) :
    IBusObserver
{
    // Only a scheduler this observer started is stood down and shut down: touching one that never started would
    // build it, and open its store, just to close it again. The scheduler is taken from the factory once and kept.
    // Through the container's deferred IScheduler handle, web test hosts stopping side by side failed now and then:
    // a disposed container in PostStop, or "The Scheduler has been Shutdown" in PreStop; without the handle, neither.
    IScheduler? _started;

    public void PostCreate(IBus bus)
    {
    }

    public void CreateFaulted(Exception exception)
    {
    }

    public Task PreStart(IBus bus) => Task.CompletedTask;

    public async Task PostStart(IBus bus, Task<BusReady> busReady)
    {
        await busReady;
        var scheduler = await schedulers.GetScheduler();
        await scheduler.Start();
        _started = scheduler;

        if (logger.IsEnabled(LogLevel.Information))
            logger.LogInformation("Quartz scheduler {SchedulerName} ({InstanceId}) started", _started.SchedulerName, _started.SchedulerInstanceId);
    }

    public Task StartFaulted(IBus bus, Exception exception) => Task.CompletedTask;

    public async Task PreStop(IBus bus)
    {
        // A container disposed before the bus stops (a test server's, say) has shut the scheduler down already, or
        // shuts it down while this runs: standing by is then moot.
        if (_started is null || await _started.GetStatus() == SchedulerStatus.Shutdown)
            return;

        try
        {
            await _started.Standby();
        }
        catch (SchedulerException)
        {
            if (await _started.GetStatus() != SchedulerStatus.Shutdown)
                throw;
        }
    }

    public async Task PostStop(IBus bus)
    {
        if (_started is not null && await _started.GetStatus() != SchedulerStatus.Shutdown)
            await _started.Shutdown(waitForJobsToComplete: true);
    }

    public Task StopFaulted(IBus bus, Exception exception) => Task.CompletedTask;
}
