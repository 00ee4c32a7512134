using System.Diagnostics;

namespace Callback.Benchmarks.Measuring;

/// <summary>
/// A load at a fixed arrival rate: request i is due at start + i / rate and is sent then, whether or not earlier ones
/// have been answered, as independent clients would send them. Each latency runs from the request's due time, not from
/// when it was actually sent, so a server (or driver) that falls behind shows as latency instead of quietly slowing the
/// load down (coordinated omission). The schedule is kept by a thread of its own, outside the thread pool that sends
/// and receives. Requests due in the warm-up are sent but not counted.
/// </summary>
public static class OpenLoop
{
    /// <summary>How long, after the last request was due, answers are still waited for; later ones count as unfinished.</summary>
    static readonly TimeSpan Drain = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Sends <paramref name="send"/>(i) at <paramref name="rate"/> per second for the warm-up and the measured time;
    /// <paramref name="send"/> returns the outcome (an HTTP status, say). The probes are read when the measured window
    /// opens and when it closes.
    /// </summary>
    public static async Task<OpenLoopResult> Run(int rate, TimeSpan warmUp, TimeSpan measured, Func<long, Task<string>> send, params IWindowProbe[] probes)
    {
        var clock = Stopwatch.StartNew();
        var windowEnd = warmUp + measured;
        var total = (long)(windowEnd.TotalSeconds * rate);
        var answers = new List<(double DueMs, double LatencyMs, string Outcome)>((int)total);
        var inFlight = new List<Task>((int)total);
        var latestSend = 0.0;

        async Task One(long index, TimeSpan due)
        {
            string outcome;
            try
            {
                outcome = await send(index);
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or IOException)
            {
                outcome = exception.GetType().Name;
            }

            var latency = (clock.Elapsed - due).TotalMilliseconds;
            lock (answers)
                answers.Add((due.TotalMilliseconds, latency, outcome));
        }

        void Schedule()
        {
            for (long index = 0; index < total; index++)
            {
                // Sleeping a millisecond at a time sends up to about a millisecond late, which the latency includes;
                // spinning instead would keep one of the machine's two cores busy for the driver alone.
                var due = TimeSpan.FromSeconds(index / (double)rate);
                while (clock.Elapsed < due)
                    Thread.Sleep(1);

                latestSend = Math.Max(latestSend, (clock.Elapsed - due).TotalMilliseconds);
                var i = index;
                lock (inFlight)
                    inFlight.Add(Task.Run(() => One(i, due)));
            }
        }

        var watching = Task.Run(() => MeasuredWindow.Watch(probes, clock, warmUp, windowEnd));
        var scheduler = new Thread(Schedule) { IsBackground = true, Name = "open-loop schedule", Priority = ThreadPriority.AboveNormal };
        scheduler.Start();
        await Task.Run(scheduler.Join);
        await watching;

        Task[] sent;
        lock (inFlight)
            sent = [.. inFlight];
        try
        {
            await Task.WhenAll(sent).WaitAsync(Drain);
        }
        catch (TimeoutException)
        {
            // Counted below as unfinished.
        }

        var latencies = new Latencies();
        var outcomes = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var answeredInWindow = 0;
        int counted;
        lock (answers)
        {
            foreach (var (dueMs, latencyMs, outcome) in answers)
            {
                if (dueMs + latencyMs >= warmUp.TotalMilliseconds && dueMs + latencyMs <= windowEnd.TotalMilliseconds)
                    answeredInWindow++;
                if (dueMs < warmUp.TotalMilliseconds)
                    continue;
                latencies.Add(latencyMs);
                outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
            }

            counted = answers.Count;
        }

        var due = total - (long)(warmUp.TotalSeconds * rate);
        return new OpenLoopResult(rate, due, answeredInWindow / measured.TotalSeconds, latencies, outcomes, (int)(total - counted), latestSend);
    }
}

/// <summary>
/// What an open-loop window gave: the rate asked for; the requests due in the window; answers received per second in
/// it (any outcome); latencies from the due time and the outcomes of the requests due in it; requests of the whole run
/// still unanswered when the drain ended; and how late the driver sent its latest request (its own lag, which a
/// saturated machine makes visible here rather than hiding it).
/// </summary>
public sealed record OpenLoopResult(int Rate, long Due, double AnsweredPerSecond, Latencies Latencies, IReadOnlyDictionary<string, int> Outcomes,
    int Unfinished, double LatestSendMs)
{
    public int Failed(string success) => Outcomes.Where(o => o.Key != success).Sum(o => o.Value) + Unfinished;

    public override string ToString() =>
        $"{Due} due at {Rate}/s, answered {AnsweredPerSecond:F0}/s; {Latencies}; outcomes {string.Join(", ", Outcomes.Select(o => $"{o.Key}: {o.Value}"))}"
        + (Unfinished > 0 ? $"; {Unfinished} unanswered" : "") + $"; driver at most {LatestSendMs:F1} ms late sending";
}
