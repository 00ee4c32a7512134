using System.Diagnostics;

namespace Callback.Benchmarks.Measuring;

/// <summary>
/// A load of <c>concurrency</c> drivers, each sending one message and waiting until it has been processed before the
/// next: exactly that many messages are in flight, so a fast publisher cannot pile up a backlog that the consumer then
/// works off after the clock stopped. Only operations that end inside the measured window (after the warm-up) count.
/// </summary>
public static class ClosedLoop
{
    /// <summary>
    /// Runs <paramref name="operation"/>(driver, iteration) over and over on each driver, for the warm-up and then the
    /// measured time, and returns the operations per second and latencies of the measured window. The probes are read
    /// when the window opens and when it closes.
    /// </summary>
    public static async Task<LoadResult> Run(int concurrency, TimeSpan warmUp, TimeSpan measured, Func<int, long, Task> operation,
        params IWindowProbe[] probes)
    {
        var clock = Stopwatch.StartNew();
        var windowEnd = warmUp + measured;
        var perDriver = new Latencies[concurrency];

        async Task Drive(int driver)
        {
            var latencies = perDriver[driver] = new Latencies();
            for (long iteration = 0; clock.Elapsed < windowEnd; iteration++)
            {
                var started = clock.Elapsed;
                await operation(driver, iteration);
                var ended = clock.Elapsed;
                if (ended >= warmUp && ended <= windowEnd)
                    latencies.Add((ended - started).TotalMilliseconds);
            }
        }

        var watching = Task.Run(() => MeasuredWindow.Watch(probes, clock, warmUp, windowEnd));
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(d => Task.Run(() => Drive(d))));
        await watching;

        var all = new Latencies();
        foreach (var latencies in perDriver)
            all.AddRange(latencies);

        return new LoadResult(all.Count / measured.TotalSeconds, all);
    }

    /// <summary>
    /// Runs <paramref name="operation"/>(index) for every index below <paramref name="total"/>, <paramref name="concurrency"/>
    /// at a time, and returns the rate over the whole run (no warm-up: every operation is wanted, such as creating the
    /// sessions a later load needs). The probes are read at the start and at the end.
    /// </summary>
    public static async Task<LoadResult> RunCount(int concurrency, int total, Func<int, Task> operation, params IWindowProbe[] probes)
    {
        foreach (var probe in probes)
            await probe.Open();

        var clock = Stopwatch.StartNew();
        var next = -1;
        var perDriver = new Latencies[concurrency];

        async Task Drive(int driver)
        {
            var latencies = perDriver[driver] = new Latencies();
            for (var index = Interlocked.Increment(ref next); index < total; index = Interlocked.Increment(ref next))
            {
                var started = clock.Elapsed;
                await operation(index);
                latencies.Add((clock.Elapsed - started).TotalMilliseconds);
            }
        }

        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(d => Task.Run(() => Drive(d))));
        var elapsed = clock.Elapsed;

        foreach (var probe in probes)
            await probe.Close();

        var all = new Latencies();
        foreach (var latencies in perDriver)
            all.AddRange(latencies);

        return new LoadResult(total / elapsed.TotalSeconds, all);
    }
}

/// <summary>What a measured window gave: operations completed per second, and how long each took.</summary>
public sealed record LoadResult(double PerSecond, Latencies Latencies);
