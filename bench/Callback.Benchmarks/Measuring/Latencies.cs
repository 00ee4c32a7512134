namespace Callback.Benchmarks.Measuring;

/// <summary>Latencies in milliseconds, and their percentiles (nearest rank).</summary>
public sealed class Latencies
{
    readonly List<double> _milliseconds = [];
    bool _sorted;

    public int Count => _milliseconds.Count;

    public void Add(double milliseconds)
    {
        _milliseconds.Add(milliseconds);
        _sorted = false;
    }

    public void AddRange(Latencies other)
    {
        _milliseconds.AddRange(other._milliseconds);
        _sorted = false;
    }

    public double Percentile(double percent)
    {
        if (_milliseconds.Count == 0)
            return double.NaN;
        if (!_sorted)
        {
            _milliseconds.Sort();
            _sorted = true;
        }

        var rank = (int)Math.Ceiling(percent / 100 * _milliseconds.Count);
        return _milliseconds[Math.Clamp(rank - 1, 0, _milliseconds.Count - 1)];
    }

    public double Max => Percentile(100);

    public override string ToString() => $"p50 {Percentile(50):F1} ms, p99 {Percentile(99):F1} ms, max {Max:F1} ms";
}
