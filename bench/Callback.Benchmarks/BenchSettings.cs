using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Callback.Benchmarks;

/// <summary>
/// The knobs of a run, from the command line after the scenario (<c>--seconds 30 --concurrency 64</c>). The defaults
/// keep every scenario to a few minutes on the 2-core machines this project runs on, and <c>all</c> under ten.
/// </summary>
public sealed record BenchSettings
{
    /// <summary>Length of each measured window, after its warm-up.</summary>
    public TimeSpan Measured { get; init; } = TimeSpan.FromSeconds(20);

    public TimeSpan WarmUp { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Messages in flight in the saga run and in its broker baseline; connections in its database baseline.</summary>
    public int Concurrency { get; init; } = 32;

    /// <summary>Sessions the saga run creates and then keeps sending events to.</summary>
    public int Sessions { get; init; } = 2000;

    /// <summary>Scheduled messages of the timers scenario, falling due evenly over <see cref="TimerSpread"/>.</summary>
    public int Timers { get; init; } = 10_000;

    public TimeSpan TimerSpread { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long after scheduling starts the first timer is due on the database store: time to store them all before any
    /// fires (it takes about 45 s for 10,000 here), so that lateness measures firing alone. The RAM store gets half.
    /// </summary>
    public TimeSpan TimerLead { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How long after it is sent each timer of the steady-state timers scenario is due: schedules arrive at the rate timers
    /// fall due, so after this lead the store takes new schedules and fires earlier ones at the same time.
    /// </summary>
    public TimeSpan SteadyLead { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// <c>Scheduler:*</c> keys (<c>MaxConcurrency=20;MaxBatchSize=20</c>) given to the database store's run only, to try a
    /// tuning of the job store against the RAM store baseline of the same run.
    /// </summary>
    public IReadOnlyDictionary<string, string> SchedulerSettings { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Npgsql connection-string options added to the worker's database connection only (not to the baselines'), to try
    /// a tuning such as <c>Max Auto Prepare=20;No Reset On Close=true</c> against the same-run baselines.
    /// </summary>
    public string? WorkerConnectionOptions { get; init; }

    /// <summary>Pending scheduled callbacks the memory scenario puts in the database.</summary>
    public int Pending { get; init; } = 100_000;

    /// <summary>How long the memory scenario watches each worker.</summary>
    public TimeSpan MemoryWatch { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Requests per second the booking scenario sends, on a fixed schedule whatever the answers' speed.</summary>
    public int Rate { get; init; } = 500;

    public static BenchSettings From(string[] args)
    {
        var configuration = new ConfigurationBuilder().AddCommandLine(args).Build();
        var defaults = new BenchSettings();

        return new BenchSettings
        {
            Measured = Seconds(configuration, "seconds") ?? defaults.Measured,
            WarmUp = Seconds(configuration, "warmup") ?? defaults.WarmUp,
            Concurrency = Number(configuration, "concurrency") ?? defaults.Concurrency,
            Sessions = Number(configuration, "sessions") ?? defaults.Sessions,
            Timers = Number(configuration, "timers") ?? defaults.Timers,
            TimerSpread = Seconds(configuration, "timer-spread") ?? defaults.TimerSpread,
            TimerLead = Seconds(configuration, "timer-lead") ?? defaults.TimerLead,
            SteadyLead = Seconds(configuration, "steady-lead") ?? defaults.SteadyLead,
            SchedulerSettings = Pairs(configuration, "scheduler"),
            WorkerConnectionOptions = configuration["worker-connection-options"],
            Pending = Number(configuration, "pending") ?? defaults.Pending,
            MemoryWatch = Seconds(configuration, "memory-seconds") ?? defaults.MemoryWatch,
            Rate = Number(configuration, "rate") ?? defaults.Rate,
        };
    }

    static int? Number(IConfiguration configuration, string key) =>
        configuration[key] is { } text
            ? int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
                ? value
                : throw new ArgumentException($"--{key} must be a positive whole number, not '{text}'.")
            : null;

    /// <summary><c>Key=value;Key=value</c>, as a dictionary; nothing when the option is absent.</summary>
    static Dictionary<string, string> Pairs(IConfiguration configuration, string key) =>
        (configuration[key] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(pair => pair.Split('=', 2, StringSplitOptions.TrimEntries) is [var name, var value] && name.Length > 0
            ? KeyValuePair.Create(name, value)
            : throw new ArgumentException($"--{key} takes Name=value pairs separated by ';', not '{pair}'."))
        .ToDictionary(StringComparer.OrdinalIgnoreCase);

    static TimeSpan? Seconds(IConfiguration configuration, string key) => Number(configuration, key) is { } seconds ? TimeSpan.FromSeconds(seconds) : null;
}
