using System.Globalization;

namespace Callback.Benchmarks.Scenarios.Memory;

/// <summary>A process's memory at one moment: its working set and its managed heap (live objects and garbage not yet collected).</summary>
public sealed record MemorySample(TimeSpan At, long WorkingSet, long GcHeap)
{
    public static MemorySample Take(TimeSpan at) => new(at, Environment.WorkingSet, GC.GetTotalMemory(forceFullCollection: false));

    public string Format() => string.Create(CultureInfo.InvariantCulture, $"{At.TotalSeconds:F1} {WorkingSet} {GcHeap}");

    public static MemorySample Parse(string text)
    {
        var parts = text.Split(' ');
        return new MemorySample(TimeSpan.FromSeconds(double.Parse(parts[0], CultureInfo.InvariantCulture)),
            long.Parse(parts[1], CultureInfo.InvariantCulture), long.Parse(parts[2], CultureInfo.InvariantCulture));
    }

    public static double Megabytes(long bytes) => bytes / 1024.0 / 1024.0;
}
