using System.Diagnostics;
using Callback.Benchmarks.Hosting;
using Callback.Benchmarks.Measuring;
using Callback.Sagas.Messaging.Scheduling;
using Callback.Testing;
using Callback.Workers.Messaging;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Callback.Benchmarks.Scenarios.Timers;

/// <summary>
/// One timers run on one job store: the scheduler endpoint as the workers host it (<c>AddQuartzSchedulerEndpoint</c>
/// with the <c>Scheduler:*</c> configuration), messages scheduled through <see cref="IMessageScheduler"/> to fall due
/// evenly over the spread, starting after the lead, and each one's lateness when it arrives.
/// </summary>
public static class TimerRun
{
    const string DestinationQueue = "bench-timer-due";

    /// <summary>Runs of timers (in due order) whose lateness is shown apart, to tell a growing backlog from a stall.</summary>
    const int Slices = 6;

    /// <summary>How long after the last timer was due the run waits for stragglers before it counts them as missing.</summary>
    static readonly TimeSpan Grace = TimeSpan.FromSeconds(30);

    public static async Task<TimerResult> Run(SchedulerJobStore store, BenchDatabase database, BenchSettings settings)
    {
        await using var broker = await RabbitMqVirtualHost.CreateAsync();
        var arrivals = new TimerArrivals(settings.Timers);
        var options = new MessageSchedulerOptions();
        var stored = new EndpointReceipts(options.QueueName);

        var configuration = new Dictionary<string, string?>(database.Settings)
        {
            ["Bus:Transport"] = "RabbitMq",
            ["ConnectionStrings:RabbitMq"] = broker.Address.ToString(),
            ["Scheduler:JobStore"] = store.ToString(),

            // Quartz keeps its schedulers in a process-wide registry by name: a name of its own per run keeps a run from
            // being handed the previous run's scheduler if that one is still shutting down.
            ["Scheduler:InstanceName"] = $"bench-{store}-{Guid.NewGuid():N}",
        };
        using var host = BenchHost.Build(configuration, (services, configuration) =>
        {
            services.AddSingleton(arrivals);
            services.AddReceiveObserver(_ => stored);
            services.AddCallbackBus(configuration, x =>
            {
                x.AddQuartzSchedulerEndpoint(configuration);
                x.AddConsumer<TimerDueConsumer>().Endpoint(e => e.Name = DestinationQueue);
            });
        });
        await host.StartAsync();

        var clock = Stopwatch.StartNew();
        var firstDue = DateTimeOffset.UtcNow + Lead(store, settings);
        var lastDue = firstDue + settings.TimerSpread;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var scheduler = scope.ServiceProvider.GetRequiredService<IMessageScheduler>();
            var destination = new Uri($"queue:{DestinationQueue}");
            await Parallel.ForEachAsync(Enumerable.Range(0, settings.Timers), new ParallelOptions { MaxDegreeOfParallelism = settings.Concurrency },
                async (number, cancellationToken) =>
                {
                    var due = firstDue + settings.TimerSpread * number / settings.Timers;
                    await scheduler.ScheduleSend(destination, due.UtcDateTime, new TimerDue(number, due), cancellationToken);
                });
        }

        var sent = clock.Elapsed;
        await Polling.WaitFor(() => stored.Count >= settings.Timers, "the scheduler to store every timer", settings.TimerLead + settings.TimerSpread);
        var storedAll = clock.Elapsed;
        var storedBeforeFirstDue = DateTimeOffset.UtcNow < firstDue;

        // The firing window, from the first due time until the last timer arrived: the job store's own cost per firing.
        await Task.Delay(Max(firstDue - DateTimeOffset.UtcNow, TimeSpan.Zero));
        var cpu = new CpuMeter();
        var counters = new DatabaseCounterProbe(database);
        await cpu.Open();
        await counters.Open();
        var deadline = lastDue + Grace;
        while (arrivals.Arrived < settings.Timers && DateTimeOffset.UtcNow < deadline)
            await Task.Delay(50);
        await cpu.Close();
        await counters.Close();

        await host.StopAsync();

        return new TimerResult(store, settings.Timers, sent, storedAll, storedBeforeFirstDue, arrivals.Lateness(), arrivals.LatenessBySlice(Slices),
            settings.Timers - arrivals.Arrived, arrivals.Duplicates, cpu.Use, counters.Change);
    }

    /// <summary>
    /// Time to store every timer before the first is due. The RAM store takes 10,000 in a few seconds (20 on a machine
    /// busy with other work), so half the database store's lead keeps the scenario shorter without letting storing and
    /// firing overlap.
    /// </summary>
    public static TimeSpan Lead(SchedulerJobStore store, BenchSettings settings) =>
        store == SchedulerJobStore.InMemory ? settings.TimerLead / 2 : settings.TimerLead;

    static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}

/// <summary>
/// A timers run: how long sending and storing the schedules took, whether all were stored before the first fell due,
/// the lateness of those that arrived (all, and by runs in due order), how many never did or came twice, and the CPU and
/// database work of the firing window.
/// </summary>
public sealed record TimerResult(
    SchedulerJobStore Store,
    int Timers,
    TimeSpan Sent,
    TimeSpan Stored,
    bool StoredBeforeFirstDue,
    Latencies Lateness,
    IReadOnlyList<Latencies> LatenessBySlice,
    int Missing,
    int Duplicates,
    CpuUse? Cpu,
    DatabaseCounters? Database);
