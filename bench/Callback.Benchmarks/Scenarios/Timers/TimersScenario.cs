using Callback.Benchmarks.Hosting;
using Callback.Sagas.Messaging.Scheduling;

namespace Callback.Benchmarks.Scenarios.Timers;

/// <summary>
/// <c>timers</c>: 10,000 messages scheduled through the Quartz scheduler endpoint to fall due within one minute, on the
/// database job store (PostgreSQL, clustered: what workers run with), against the same load on Quartz's RAM store in
/// the same run. Figure: lateness (receipt minus due time), p50/p99/max. Target: p99 under 0.5 s on the database store.
/// <c>timers-steady</c> is the same with the schedules arriving at the rate the timers fall due (<see cref="TimerLoad.Steady"/>).
/// </summary>
public static class TimersScenario
{
    public const string Name = "timers";
    public const string SteadyName = "timers-steady";

    static readonly TimeSpan Target = TimeSpan.FromMilliseconds(500);

    public static Task Run(BenchSettings settings, Report report) => Run(TimerLoad.Burst, settings, report);

    public static Task RunSteady(BenchSettings settings, Report report) => Run(TimerLoad.Steady, settings, report);

    static async Task Run(TimerLoad load, BenchSettings settings, Report report)
    {
        var name = load == TimerLoad.Steady ? SteadyName : Name;
        var rate = settings.Timers / settings.TimerSpread.TotalSeconds;
        report.Line(load == TimerLoad.Steady
            ? $"[{name}] {settings.Timers} timers due evenly over {settings.TimerSpread.TotalSeconds:F0} s, each scheduled {settings.SteadyLead.TotalSeconds:F0} s before it is due: {rate:F0} schedules/s stored while {rate:F0} timers/s fire; at most {settings.Concurrency} schedules sent at once"
            : $"[{name}] {settings.Timers} timers due evenly over {settings.TimerSpread.TotalSeconds:F0} s, the first {TimerRun.Lead(SchedulerJobStore.InMemory, load, settings).TotalSeconds:F0} s (RAM store) or {TimerRun.Lead(SchedulerJobStore.Database, load, settings).TotalSeconds:F0} s (database store) after scheduling starts; {settings.Concurrency} schedules sent at once");
        var tuning = settings.SchedulerSettings.Count == 0
            ? "the defaults"
            : string.Join(", ", settings.SchedulerSettings.Select(s => $"Scheduler:{s.Key}={s.Value}"));
        report.Line($"  database store with {tuning}");
        await using var database = await BenchDatabase.Migrated();

        var memory = await TimerRun.Run(SchedulerJobStore.InMemory, load, database, settings);
        Print(report, "RAM job store (baseline)", memory);
        var stored = await TimerRun.Run(SchedulerJobStore.Database, load, database, settings);
        Print(report, "database job store (PostgreSQL, clustered)", stored);

        var p99 = stored.Lateness.Percentile(99);
        var baseline = memory.Lateness.Percentile(99);
        report.Add(new Figure(name, "lateness p99, database store", $"{p99:F0} ms (p50 {stored.Lateness.Percentile(50):F0}, max {stored.Lateness.Max:F0})",
            $"RAM store p99 {baseline:F0} ms", p99 / baseline, $"< {Target.TotalMilliseconds:F0} ms", p99 < Target.TotalMilliseconds && stored.Missing == 0));
    }

    static void Print(Report report, string what, TimerResult result)
    {
        report.Line($"  {what}: lateness {result.Lateness}; {result.Missing} missing, {result.Duplicates} duplicates");
        report.Line($"    lateness p99 by sixth of the timers, in due order: {string.Join(", ", result.LatenessBySlice.Select(l => $"{l.Percentile(99):F0}"))} ms");
        report.Line(result.Load == TimerLoad.Steady
            ? $"    scheduling: sent in {result.Sent.TotalSeconds:F1} s, stored by {result.Stored.TotalSeconds:F1} s; at most {result.MaxStoreBacklog} schedules sent and not yet stored"
            : $"    scheduling: sent in {result.Sent.TotalSeconds:F1} s, stored by {result.Stored.TotalSeconds:F1} s ({result.Timers / result.Stored.TotalSeconds:F0}/s), {(result.StoredBeforeFirstDue ? "all before the first was due" : "NOT all before the first was due: lateness includes storing")}");
        if (result.Cpu is { } cpu)
            report.Line($"    firing window CPU: {cpu}");
        if (result.Database is { } database && result.Store == SchedulerJobStore.Database)
            report.Line($"    firing window PostgreSQL, per timer: {database.Per(result.Timers)}");
    }
}
