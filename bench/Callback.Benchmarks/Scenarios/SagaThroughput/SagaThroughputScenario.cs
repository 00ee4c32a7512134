using Callback.Benchmarks.Hosting;
using Callback.Testing;

namespace Callback.Benchmarks.Scenarios.SagaThroughput;

/// <summary>
/// <c>saga-throughput</c>: saga events per second against the raw durable-broker rate (baseline A) and the raw
/// database-commit rate (baseline B), both measured in the same run, before and after the saga run (their mean is the
/// baseline, so a neighbour's load that comes and goes during the run weighs on both sides). Target: at least half of
/// each. Also the database's commits per event, which the outbox is designed to keep at 1 for a transition that sends
/// nothing.
/// </summary>
public static class SagaThroughputScenario
{
    public const string Name = "saga-throughput";

    public static async Task Run(BenchSettings settings, Report report)
    {
        report.Line($"[{Name}] {settings.Concurrency} in flight, {settings.Sessions} sessions, {settings.WarmUp.TotalSeconds:F0} s warm-up + {settings.Measured.TotalSeconds:F0} s measured per window");
        if (settings.WorkerConnectionOptions is { } options)
            report.Line($"  the worker's connection string has: {options}");
        await using var database = await BenchDatabase.Migrated();
        await using var broker = await RabbitMqVirtualHost.CreateAsync();
        var shape = EndpointShape.OfSessionSaga();

        var brokerBefore = await BrokerBaseline.Run(broker.Address, shape, settings);
        Print(report, "A  broker (publish -> consume, durable, confirms, " + shape + ")", brokerBefore);
        var databaseBefore = await DatabaseCommitBaseline.Run(database, settings);
        Print(report, $"B  database ({settings.Concurrency} connections, one write per commit)", databaseBefore);

        var saga = await SagaLoad.Run(broker.Address, database, settings, report);
        Print(report, "   saga events (EwtReported in WaitingForAgent, sends nothing)", saga.Events);
        report.Line($"    sessions still in WaitingForAgent afterwards: {saga.SessionsStillWaiting} of {saga.Sessions}; failed deliveries: {saga.Events.Faults}");

        var brokerAfter = await BrokerBaseline.Run(broker.Address, shape, settings);
        Print(report, "A' broker, again", brokerAfter);
        var databaseAfter = await DatabaseCommitBaseline.Run(database, settings);
        Print(report, "B' database, again", databaseAfter);

        var brokerRate = (brokerBefore.PerSecond + brokerAfter.PerSecond) / 2;
        var databaseRate = (databaseBefore.PerSecond + databaseAfter.PerSecond) / 2;
        var events = saga.Events.PerSecond;

        report.Add(new Figure(Name, "saga events/s", $"{events:F0}", $"A broker {brokerRate:F0} msg/s", events / brokerRate, ">= 0.5",
            events / brokerRate >= 0.5));
        report.Add(new Figure(Name, "saga events/s", $"{events:F0}", $"B database {databaseRate:F0} commits/s", events / databaseRate, ">= 0.5",
            events / databaseRate >= 0.5));

        var commits = saga.Events.Ef is { } ef ? ef.Commits / (double)saga.Events.Load.Latencies.Count : double.NaN;
        report.Add(new Figure(Name, "EF transactions per event (sends nothing)", $"{commits:F2}", "design: 1", commits, "1", Math.Abs(commits - 1) < 0.05));
        var startCommits = saga.Starts.Ef is { } startEf ? startEf.Commits / (double)saga.Sessions : double.NaN;
        report.Add(new Figure(Name, "EF transactions per session start (sends 2)", $"{startCommits:F2}", "design: 2", startCommits / 2, "2",
            Math.Abs(startCommits - 2) < 0.1));
    }

    static void Print(Report report, string what, Measurement measurement)
    {
        report.Line($"  {what}: {measurement.PerSecond:F0}/s, {measurement.Load.Latencies}");
        if (measurement.Cpu is { } cpu)
            report.Line($"    CPU: {cpu}");
        var count = measurement.Load.Latencies.Count;
        if (measurement.Allocated is { } allocated)
            report.Line($"    this process, per message: {allocated.Per(count)}");
        if (measurement.Ef is { } ef)
            report.Line($"    EF Core, per message: {ef.Per(count)}");
        if (measurement.Database is { } database)
            report.Line($"    PostgreSQL, per message: {database.Per(count)}");
    }
}
