using System.Diagnostics;
using Callback.Workers;
using Callback.Workers.Messaging;
using Microsoft.Extensions.Hosting;

namespace Callback.Benchmarks.Scenarios.Memory;

/// <summary>
/// The worker process the memory scenario watches: the same composition as <c>Callback.Workers</c>' Program (configured
/// by environment variables, as operators run it), which also reports its own memory once a second on standard
/// output, and once more after a full garbage collection at the end. Started by <see cref="MemoryScenario"/> as a
/// child process, so that nothing of the benchmark's own shares its heap.
/// </summary>
public static class MemoryWorker
{
    public const string Command = "memory-worker";
    public const string ReadyLine = "memory-worker ready";
    public const string SamplePrefix = "memory-sample ";
    public const string FinalPrefix = "memory-final ";

    public static async Task<int> Run(string[] args)
    {
        var watch = BenchSettings.From(args[1..]).MemoryWatch;
        var builder = Host.CreateApplicationBuilder(args[1..]);
        builder.Services.AddCallbackBus(builder.Configuration, x => x.AddCallbackWorkers(builder.Configuration));
        using var host = builder.Build();
        await host.StartAsync();
        Console.WriteLine(ReadyLine);

        var clock = Stopwatch.StartNew();
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        while (clock.Elapsed < watch && await timer.WaitForNextTickAsync())
            Console.WriteLine(SamplePrefix + MemorySample.Take(clock.Elapsed).Format());

        // What the worker holds on to, without the garbage it has not collected yet.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        Console.WriteLine(FinalPrefix + MemorySample.Take(clock.Elapsed).Format());

        await host.StopAsync();
        return 0;
    }
}
