using Callback.Benchmarks.Hosting;
using Callback.Benchmarks.Measuring;
using Callback.Sagas.Contracts.Urs;
using Callback.Testing;
using Callback.Workers;
using Callback.Workers.Messaging;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Callback.Benchmarks.Scenarios.SagaThroughput;

/// <summary>
/// The saga run: the real worker composition (<c>AddCallbackWorkers</c> on RabbitMQ and PostgreSQL, telephony
/// external, so the session saga and the scheduler endpoint are all that run) takes a stream of session events.
/// First it starts the sessions (immediate, wait-for-agent: each start saves the session and sends <c>WaitForAgent</c>
/// and the TTL timer, the "transition that sends" case); then every driver keeps sending <c>EwtReported</c> to its own
/// sessions in <c>WaitingForAgent</c>, which the saga takes by updating the session and sending nothing (the
/// "transition that sends nothing" case), one event per session at a time.
/// </summary>
public static class SagaLoad
{
    /// <summary>PostgreSQL publishes a backend's counters up to a second after its transactions.</summary>
    static readonly TimeSpan StatisticsDelay = TimeSpan.FromSeconds(1.5);

    public static async Task<SagaRun> Run(Uri broker, BenchDatabase database, BenchSettings settings, Report report)
    {
        var completions = new Completions();
        using var host = BenchHost.Build(WorkerSettings.For(broker, database, settings.WorkerConnectionOptions), (services, configuration) =>
        {
            services.AddReceiveObserver(_ => completions);
            services.AddCallbackBus(configuration, x => x.AddCallbackWorkers(configuration));
        });
        await host.StartAsync();
        var bus = host.Services.GetRequiredService<IBus>();

        var sessions = Enumerable.Range(0, settings.Sessions).Select(_ => NewId.NextGuid()).ToArray();
        var starts = await Start(bus, completions, sessions, database, settings);
        report.Line($"  session starts (CallbackRequested -> WaitingForAgent, sends 2): {starts.PerSecond:F0}/s, {starts.Load.Latencies}");
        report.Line($"    EF Core, per start: {starts.Ef?.Per(sessions.Length)}");
        report.Line($"    PostgreSQL, per start, with the scheduler storing its TTL timer: {starts.Database?.Per(sessions.Length)}");

        var counters = new DatabaseCounterProbe(database);
        var cpu = new CpuMeter();
        var allocations = new AllocationMeter();
        using var ef = new EfStatementCounter();
        var perDriver = Math.Max(1, sessions.Length / settings.Concurrency);
        var result = await ClosedLoop.Run(settings.Concurrency, settings.WarmUp, settings.Measured, async (driver, iteration) =>
        {
            // Driver d owns sessions d, d + concurrency, ...: a session never has two events in flight.
            var session = sessions[(driver + settings.Concurrency * (int)(iteration % perDriver)) % sessions.Length];
            var id = NewId.NextGuid();
            var processed = completions.Of(id);
            await bus.Publish(new EwtReported
            {
                SessionId = session, Target = Given.Target, EwtSeconds = iteration % 600, MeasuredAt = DateTimeOffset.UtcNow,
            }, c => c.MessageId = id);
            await processed;
        }, counters, cpu, allocations, ef);

        var waiting = await database.Count("SELECT count(*) FROM callback_sessions WHERE current_state = 'WaitingForAgent'");
        await host.StopAsync();

        return new SagaRun(new Measurement(result, cpu.Use, allocations.Allocated, counters.Change, ef.Counted, completions.Faults), starts, waiting, sessions.Length);
    }

    static async Task<Measurement> Start(IBus bus, Completions completions, Guid[] sessions, BenchDatabase database, BenchSettings settings)
    {
        var counters = new DatabaseCounterProbe(database);
        using var ef = new EfStatementCounter();
        await counters.Open();
        await ef.Open();

        var cpu = new CpuMeter();
        var now = DateTimeOffset.UtcNow;
        var result = await ClosedLoop.RunCount(settings.Concurrency, sessions.Length, async index =>
        {
            var request = Given.Callback(Given.Options(waitForAgent: true), at: now) with { SessionId = sessions[index] };
            var id = NewId.NextGuid();
            var processed = completions.Of(id);
            await bus.Publish(request, c => c.MessageId = id);
            await processed;
        }, cpu);

        // The starts' TTL timers reach the scheduler endpoint after the starts themselves: let it store them all, so
        // that their commits count here and the measured window that follows has the saga alone on the database.
        await Polling.WaitFor(async () => await database.Count("SELECT count(*) FROM qrtz_triggers") >= sessions.Length,
            "the scheduler to store every session's TTL timer", TimeSpan.FromMinutes(2));
        await Task.Delay(StatisticsDelay);
        await counters.Close();
        await ef.Close();

        return new Measurement(result, cpu.Use, null, counters.Change, ef.Counted, completions.Faults);
    }
}

/// <summary>The saga run: its measured window of events, the session starts before it, and how many sessions were still waiting after it.</summary>
public sealed record SagaRun(Measurement Events, Measurement Starts, long SessionsStillWaiting, int Sessions);
