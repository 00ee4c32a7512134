using Callback.Benchmarks.Hosting;
using Callback.Testing;
using Callback.Workers.Messaging;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Callback.Benchmarks.Scenarios.Memory;

/// <summary>
/// <c>memory</c>: a worker's memory with N pending scheduled callbacks against the same worker with none, in the same
/// run and under the same light load (new scheduled sessions arriving all along, so that both have run the same code).
/// The sessions live in the database and their timers in Quartz's tables, so a worker should hold nothing per pending
/// callback: its working set and managed heap should stay flat as N grows, and over time while they wait.
/// </summary>
public static class MemoryScenario
{
    public const string Name = "memory";

    /// <summary>How much bigger the worker with pending callbacks may be and still count as flat: noise, not growth.</summary>
    const double Flat = 1.10;

    /// <summary>New scheduled sessions per second while a worker is watched: some work to do, far below its capacity.</summary>
    const int SessionsPerSecond = 20;

    static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);

    public static async Task Run(BenchSettings settings, Report report)
    {
        report.Line($"[{Name}] a worker process watched for {settings.MemoryWatch.TotalSeconds:F0} s with no pending callback, then with {settings.Pending}; {SessionsPerSecond} new scheduled sessions/s meanwhile");
        await using var database = await BenchDatabase.Migrated();
        await using var broker = await RabbitMqVirtualHost.CreateAsync();
        var worker = WorkerSettings.For(broker.Address, database);

        using var publisher = BenchHost.Build(worker, (services, configuration) => services.AddCallbackBus(configuration, _ => { }));
        await publisher.StartAsync();
        var bus = publisher.Services.GetRequiredService<IBus>();

        var (empty, created) = await Watch(worker, bus, settings);
        Print(report, "no pending callback", empty);

        var seeding = System.Diagnostics.Stopwatch.StartNew();
        await PendingCallbackSeeder.Copy(database, created[0], settings.Pending);
        var sessions = await database.Count("SELECT count(*) FROM callback_sessions WHERE current_state = 'Scheduled'");
        var timers = await database.Count("SELECT count(*) FROM qrtz_triggers");
        report.Line($"  seeded in {seeding.Elapsed.TotalSeconds:F0} s: {sessions} sessions in Scheduled, {timers} timers in qrtz_triggers");

        var (pending, _) = await Watch(worker, bus, settings);
        Print(report, $"{sessions} pending callbacks", pending);
        await publisher.StopAsync();

        var emptyFinal = empty.Final;
        var pendingFinal = pending.Final;
        var heapRatio = (double)pendingFinal.GcHeap / emptyFinal.GcHeap;
        var workingSetRatio = (double)pendingFinal.WorkingSet / emptyFinal.WorkingSet;
        report.Add(new Figure(Name, $"managed heap after full GC, {sessions} pending", $"{Mb(pendingFinal.GcHeap)} MiB",
            $"none pending {Mb(emptyFinal.GcHeap)} MiB", heapRatio, $"<= {Flat:F2} (flat)", heapRatio <= Flat));
        report.Add(new Figure(Name, $"working set, {sessions} pending", $"{Mb(pendingFinal.WorkingSet)} MiB",
            $"none pending {Mb(emptyFinal.WorkingSet)} MiB", workingSetRatio, $"<= {Flat:F2} (flat)", workingSetRatio <= Flat));
    }

    /// <summary>
    /// Starts a worker process, keeps publishing new scheduled sessions to it (as the web tier would, due two days
    /// later) until its watch ends, and returns what it reported and the sessions it was given, each saved with its timers.
    /// </summary>
    static async Task<(WorkerMemory Worker, List<Guid> Created)> Watch(Dictionary<string, string?> worker, IBus bus, BenchSettings settings)
    {
        using var process = WorkerProcess.Start(worker, settings.MemoryWatch);
        await process.Ready(StartTimeout);

        var created = new List<Guid>();
        var until = DateTimeOffset.UtcNow + settings.MemoryWatch - TimeSpan.FromSeconds(2);
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1.0 / SessionsPerSecond));
        while (DateTimeOffset.UtcNow < until && await timer.WaitForNextTickAsync())
        {
            var now = DateTimeOffset.UtcNow;
            var request = Given.Callback(Given.Options(waitForAgent: true), now.AddDays(2), now);
            await bus.Publish(request);
            created.Add(request.SessionId);
        }

        await process.Exited(settings.MemoryWatch + StartTimeout);
        var final = process.Final ?? throw new InvalidOperationException("The worker exited without its final sample.");
        return (new WorkerMemory(process.Samples, final), created);
    }

    static void Print(Report report, string what, WorkerMemory worker)
    {
        var samples = worker.Samples;
        var final = worker.Final;
        if (samples.Count == 0)
        {
            report.Line($"  {what}: the worker reported no sample before its final one");
            return;
        }

        var first = samples[0];
        var last = samples[^1];
        report.Line($"  {what}: working set {Mb(first.WorkingSet)} -> {Mb(last.WorkingSet)} MiB (max {Mb(samples.Max(s => s.WorkingSet))}), "
            + $"managed heap {Mb(first.GcHeap)} -> {Mb(last.GcHeap)} MiB (max {Mb(samples.Max(s => s.GcHeap))}) over {last.At.TotalSeconds:F0} s; "
            + $"after a full GC: heap {Mb(final.GcHeap)} MiB, working set {Mb(final.WorkingSet)} MiB");
    }

    static string Mb(long bytes) => MemorySample.Megabytes(bytes).ToString("F1", System.Globalization.CultureInfo.InvariantCulture);
}
