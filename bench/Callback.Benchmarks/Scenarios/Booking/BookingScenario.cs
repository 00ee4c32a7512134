using System.Net;
using Callback.Benchmarks.Hosting;
using Callback.Benchmarks.Measuring;
using Callback.Testing;
using Callback.Workers;
using Callback.Workers.Messaging;
using Microsoft.Extensions.Hosting;

namespace Callback.Benchmarks.Scenarios.Booking;

/// <summary>
/// <c>booking</c>: the latency of starting callbacks through the GMS API (<c>POST /genesys/1/service/callback/{service}</c>)
/// at a fixed arrival rate, over real HTTP, against the web tier as deployed (<see cref="WebProcess"/>) on RabbitMQ and
/// PostgreSQL. Half the requests are immediate, half book a slot. Target: p99 under 20 ms at 500 requests/s, every
/// request booked. The same-run baseline is the same load on <c>GET /health/live</c> of the same process, before and
/// after (their mean): what HTTP, Kestrel and the driver cost on this machine, so the ratio shows what booking adds.
/// </summary>
public static class BookingScenario
{
    public const string Name = "booking";

    const double TargetMs = 20;

    const string Ok = "200";

    /// <summary>Share of the asked rate that must be answered within the window for the rate to count as held.</summary>
    const double RateHeld = 0.98;

    static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);

    public static async Task Run(BenchSettings settings, Report report)
    {
        report.Line($"[{Name}] {settings.Rate} requests/s open loop, {settings.WarmUp.TotalSeconds:F0} s warm-up + {settings.Measured.TotalSeconds:F0} s measured per window; "
            + "Callback.Web as a process of its own, Workers:Enabled=false");
        await using var database = await BenchDatabase.Migrated();
        await using var broker = await RabbitMqVirtualHost.CreateAsync();
        await DeclareWorkerQueues(broker.Address, database);

        using var web = WebProcess.Start(BookingService.WebSettings(broker.Address, database));
        // Loopback HTTP/1.1, a connection per request in flight (no limit per server, as many independent clients
        // would have), kept open between requests, as a client that books repeatedly would keep them.
        using var client = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = Timeout.InfiniteTimeSpan }) { Timeout = TimeSpan.FromSeconds(30) };
        await web.Ready(client, StartTimeout);

        var live = new Uri(web.Address, "/health/live");
        var start = new Uri(web.Address, $"/genesys/1/service/callback/{BookingService.Name}");
        var requests = new BookingRequests(DateTimeOffset.UtcNow);

        var before = await OpenLoop.Run(settings.Rate, settings.WarmUp, settings.Measured, _ => Get(client, live));
        report.Line($"  baseline GET /health/live: {before}");

        var cpu = new CpuMeter();
        var webCpu = new ProcessCpuProbe(web);
        var counters = new DatabaseCounterProbe(database);
        var booking = await OpenLoop.Run(settings.Rate, settings.WarmUp, settings.Measured, i => Post(client, start, requests.Body(i)), cpu, webCpu, counters);
        report.Line($"  booking POST /genesys/1/service/callback/{BookingService.Name}: {booking}");
        PrintWork(report, settings.Measured, booking, cpu, webCpu, counters);
        await PrintStored(report, database);

        report.Line($"    warnings and errors the web process logged beyond the lines shown: {web.EntriesHidden}");

        var after = await OpenLoop.Run(settings.Rate, settings.WarmUp, settings.Measured, _ => Get(client, live));
        report.Line($"  baseline GET /health/live, again: {after}");

        var baselineP99 = (before.Latencies.Percentile(99) + after.Latencies.Percentile(99)) / 2;
        var p99 = booking.Latencies.Percentile(99);
        var failed = booking.Failed(Ok);
        var held = booking.AnsweredPerSecond >= RateHeld * settings.Rate;
        report.Add(new Figure(Name, $"booking p99 at {settings.Rate} req/s ({booking.AnsweredPerSecond:F0}/s answered, {failed} not 200)",
            $"{p99:F1} ms (p50 {booking.Latencies.Percentile(50):F1}, max {booking.Latencies.Max:F0})",
            $"GET /health/live p99 {baselineP99:F1} ms", p99 / baselineP99, $"< {TargetMs:F0} ms, all 200", p99 < TargetMs && failed == 0 && held));
    }

    static async Task<string> Get(HttpClient client, Uri address)
    {
        using var answer = await client.GetAsync(address);
        return Outcome(answer.StatusCode);
    }

    static async Task<string> Post(HttpClient client, Uri address, HttpContent body)
    {
        using (body)
        using (var answer = await client.PostAsync(address, body))
            return Outcome(answer.StatusCode);
    }

    static string Outcome(HttpStatusCode status) => ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Starts the workers' bus once and stops it, so that their queues exist and are bound as in a deployment: the
    /// messages the web tier's outbox delivers are then stored by the broker for workers that are not running, rather
    /// than dropped by an exchange nothing is bound to, which would spare the broker its real work.
    /// </summary>
    static async Task DeclareWorkerQueues(Uri broker, BenchDatabase database)
    {
        using var workers = BenchHost.Build(WorkerSettings.For(broker, database),
            (services, configuration) => services.AddCallbackBus(configuration, x => x.AddCallbackWorkers(configuration)));
        await workers.StartAsync();
        await workers.StopAsync();
    }

    static void PrintWork(Report report, TimeSpan measured, OpenLoopResult booking, CpuMeter cpu, ProcessCpuProbe webCpu, DatabaseCounterProbe counters)
    {
        var count = booking.Latencies.Count;
        if (cpu.Use is { } use)
            report.Line($"    CPU: {use} (this process is the load driver)");
        if (webCpu.Used is { } used && count > 0)
            report.Line($"    web process: {used.TotalSeconds / measured.TotalSeconds:F2} cores, {used.TotalMilliseconds / count:F2} ms of CPU per booking");
        if (counters.Change is { } change && count > 0)
            report.Line($"    PostgreSQL, per booking: {change.Per(count)}");
    }

    static async Task PrintStored(Report report, BenchDatabase database)
    {
        var sessions = await database.Count("SELECT count(*) FROM callback_sessions");
        var booked = await database.Count("SELECT count(*) FROM session_bookings");
        var waiting = await database.Count("SELECT count(*) FROM outbox_message");
        report.Line($"    stored: {sessions} sessions, {booked} of them with a booked slot; {waiting} messages still in the outbox after the window");
    }
}
