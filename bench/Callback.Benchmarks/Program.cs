using System.Globalization;
using Callback.Benchmarks;
using Callback.Benchmarks.Scenarios.Booking;
using Callback.Benchmarks.Scenarios.Memory;
using Callback.Benchmarks.Scenarios.SagaThroughput;
using Callback.Benchmarks.Scenarios.Timers;

// dotnet run -c Release --project bench/Callback.Benchmarks -- <scenario | all> [--seconds 20 --concurrency 32 ...]
// Servers: CALLBACK_TEST_RABBITMQ, CALLBACK_TEST_RABBITMQ_MANAGEMENT, CALLBACK_TEST_POSTGRES (bench/README.md).
var scenarios = new Dictionary<string, Func<BenchSettings, Report, Task>>(StringComparer.OrdinalIgnoreCase)
{
    [SagaThroughputScenario.Name] = SagaThroughputScenario.Run,
    [TimersScenario.Name] = TimersScenario.Run,
    [TimersScenario.SteadyName] = TimersScenario.RunSteady,
    [MemoryScenario.Name] = MemoryScenario.Run,
    [BookingScenario.Name] = BookingScenario.Run,
};

// The memory scenario's worker: this program again, as a child process of that scenario.
if (args.Length > 0 && args[0] == MemoryWorker.Command)
    return await MemoryWorker.Run(args);

if (args.Length == 0 || !(scenarios.ContainsKey(args[0]) || args[0] == "all"))
{
    Console.Error.WriteLine($"usage: Callback.Benchmarks <{string.Join(" | ", scenarios.Keys)} | all> [--seconds N --warmup N --concurrency N --sessions N --rate N ...]");
    return 2;
}

// Figures are read by people and pasted into bench/README.md: the same decimal point on every machine.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var settings = BenchSettings.From(args[1..]);
var report = new Report(Console.Out);
report.Line($"{DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; args: {string.Join(' ', args)}");

foreach (var (name, run) in scenarios)
{
    if (args[0] == "all" || string.Equals(args[0], name, StringComparison.OrdinalIgnoreCase))
        await run(settings, report);
}

report.Summary();
return 0;
