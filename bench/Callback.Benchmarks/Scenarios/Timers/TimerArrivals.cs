using Callback.Benchmarks.Measuring;

namespace Callback.Benchmarks.Scenarios.Timers;

/// <summary>When each scheduled message arrived, as lateness: its receipt minus the time it was due.</summary>
public sealed class TimerArrivals(int expected)
{
    readonly double?[] _lateness = new double?[expected];
    int _arrived;
    int _duplicates;

    public int Arrived => Volatile.Read(ref _arrived);

    /// <summary>Messages received a second time (the scheduler sends at least once).</summary>
    public int Duplicates => Volatile.Read(ref _duplicates);

    public void Arrive(TimerDue message, DateTimeOffset receivedAt)
    {
        var lateness = (receivedAt - message.DueAt).TotalMilliseconds;
        lock (_lateness)
        {
            if (_lateness[message.Number] is not null)
            {
                _duplicates++;
                return;
            }

            _lateness[message.Number] = lateness;
            _arrived++;
        }
    }

    public Latencies Lateness() => Lateness(0, _lateness.Length);

    /// <summary>
    /// The lateness of each of <paramref name="slices"/> equal runs of timers in due order: a backlog that builds up
    /// shows as lateness rising from slice to slice, a stall as one bad slice.
    /// </summary>
    public IReadOnlyList<Latencies> LatenessBySlice(int slices) =>
        [.. Enumerable.Range(0, slices).Select(i => Lateness(_lateness.Length * i / slices, _lateness.Length * (i + 1) / slices))];

    Latencies Lateness(int from, int to)
    {
        var latencies = new Latencies();
        lock (_lateness)
        {
            for (var number = from; number < to; number++)
            {
                if (_lateness[number] is { } milliseconds)
                    latencies.Add(milliseconds);
            }
        }

        return latencies;
    }
}
