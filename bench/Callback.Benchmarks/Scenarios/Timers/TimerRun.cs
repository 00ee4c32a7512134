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

/// <summary>How the timers of a run are scheduled.</summary>
public enum TimerLoad
{
    /// <summary>All of them as fast as the store takes them, well before the first is due: lateness is firing alone.</summary>
    Burst,

    /// <summary>
    /// At the rate they fall due, each the steady lead ahead of its due time: after the lead, the store takes new schedules
    /// while it fires earlier ones, as it does in production.
    /// </summary>
    Steady,
}

/// <summary>
/// One timers run on one job store: the scheduler endpoint as the workers host it (<c>AddQuartzSchedulerEndpoint</c>
/// with the <c>Scheduler:*</c> configuration), messages scheduled through <see cref="IMessageScheduler"/> to fall due
/// evenly over the spread, and each one's lateness when it arrives.
/// </summary>
public static class TimerRun
{
    const string DestinationQueue = "bench-timer-due";

    /// <summary>Runs of timers (in due order) whose lateness is shown apart, to tell a growing backlog from a stall.</summary>
    const int Slices = 6;

    /// <summary>How long after the last timer was due the run waits for stragglers before it counts them as missing.</summary>
    static readonly TimeSpan Grace = TimeSpan.FromSeconds(30);

    public static async Task<TimerResult> Run(SchedulerJobStore store, TimerLoad load, BenchDatabase database, BenchSettings settings)
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
        if (store == SchedulerJobStore.Database)
        {
            foreach (var (key, value) in settings.SchedulerSettings)
                configuration[$"{MessageSchedulerOptions.SectionName}:{key}"] = value;
        }

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
        var start = DateTimeOffset.UtcNow;
        var firstDue = start + Lead(store, load, settings);
        var lastDue = firstDue + settings.TimerSpread;
        var backlog = new StoreBacklog(stored);

        // The firing window opens at the first due time, while the steady load is still storing: the job store's own cost
        // per firing (for the steady load, per firing and store, since both happen in it).
        var cpu = new CpuMeter();
        var counters = new DatabaseCounterProbe(database);
        var windowOpened = OpenAt(firstDue, cpu, counters);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var scheduler = scope.ServiceProvider.GetRequiredService<IMessageScheduler>();
            var destination = new Uri($"queue:{DestinationQueue}");
            var offsets = Enumerable.Range(0, settings.Timers).Select(number => (Number: number, Offset: settings.TimerSpread * number / settings.Timers));
            await Parallel.ForEachAsync(offsets, new ParallelOptions { MaxDegreeOfParallelism = settings.Concurrency },
                async (timer, cancellationToken) =>
                {
                    // Steady: each schedule is sent when its timer is one lead away from due, so they arrive at the due rate.
                    if (load == TimerLoad.Steady)
                        await Task.Delay(Max(start + timer.Offset - DateTimeOffset.UtcNow, TimeSpan.Zero), cancellationToken);

                    var due = firstDue + timer.Offset;
                    await scheduler.ScheduleSend(destination, due.UtcDateTime, new TimerDue(timer.Number, due), cancellationToken);
                    backlog.Sent();
                });
        }

        var sent = clock.Elapsed;
        await Polling.WaitFor(() => stored.Count >= settings.Timers, "the scheduler to store every timer", Lead(store, load, settings) + settings.TimerSpread + Grace);
        var storedAll = clock.Elapsed;
        var storedBeforeFirstDue = DateTimeOffset.UtcNow < firstDue;

        // The window closes when the last timer arrived.
        await windowOpened;
        var deadline = lastDue + Grace;
        while (arrivals.Arrived < settings.Timers && DateTimeOffset.UtcNow < deadline)
            await Task.Delay(50);
        await cpu.Close();
        await counters.Close();

        await host.StopAsync();

        return new TimerResult(store, load, settings.Timers, sent, storedAll, storedBeforeFirstDue, backlog.Max, arrivals.Lateness(),
            arrivals.LatenessBySlice(Slices), settings.Timers - arrivals.Arrived, arrivals.Duplicates, cpu.Use, counters.Change);
    }

    static async Task OpenAt(DateTimeOffset time, params IWindowProbe[] probes)
    {
        await Task.Delay(Max(time - DateTimeOffset.UtcNow, TimeSpan.Zero));
        foreach (var probe in probes)
            await probe.Open();
    }

    /// <summary>
    /// How long after scheduling starts the first timer is due. Burst: time to store every timer before the first is due;
    /// the RAM store takes 10,000 in a few seconds (20 on a machine busy with other work), so half the database store's
    /// lead keeps the scenario shorter without letting storing and firing overlap. Steady: the same short lead on both.
    /// </summary>
    public static TimeSpan Lead(SchedulerJobStore store, TimerLoad load, BenchSettings settings) => load switch
    {
        TimerLoad.Steady => settings.SteadyLead,
        _ => store == SchedulerJobStore.InMemory ? settings.TimerLead / 2 : settings.TimerLead,
    };

    static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}

/// <summary>
/// Schedules sent and not yet stored, at its highest: under the steady load, a store that cannot keep up shows here
/// before its timers come due.
/// </summary>
public sealed class StoreBacklog(EndpointReceipts stored)
{
    int _sent;
    int _max;

    public int Max => Volatile.Read(ref _max);

    public void Sent()
    {
        var backlog = Interlocked.Increment(ref _sent) - stored.Count;
        var max = Volatile.Read(ref _max);
        while (backlog > max)
        {
            var seen = Interlocked.CompareExchange(ref _max, backlog, max);
            if (seen == max)
                break;
            max = seen;
        }
    }
}

/// <summary>
/// A timers run: how long sending and storing the schedules took, whether all were stored before the first fell due,
/// the largest backlog of schedules sent and not stored, the lateness of those that arrived (all, and by runs in due
/// order), how many never did or came twice, and the CPU and database work of the firing window.
/// </summary>
public sealed record TimerResult(
    SchedulerJobStore Store,
    TimerLoad Load,
    int Timers,
    TimeSpan Sent,
    TimeSpan Stored,
    bool StoredBeforeFirstDue,
    int MaxStoreBacklog,
    Latencies Lateness,
    IReadOnlyList<Latencies> LatenessBySlice,
    int Missing,
    int Duplicates,
    CpuUse? Cpu,
    DatabaseCounters? Database);
