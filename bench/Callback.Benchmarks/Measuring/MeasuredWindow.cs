using System.Diagnostics;

namespace Callback.Benchmarks.Measuring;

/// <summary>The measured window of a load run: its probes opened once the warm-up is over and closed at its end.</summary>
public static class MeasuredWindow
{
    public static async Task Watch(IReadOnlyList<IWindowProbe> probes, Stopwatch clock, TimeSpan warmUp, TimeSpan windowEnd)
    {
        await Task.Delay(warmUp);
        foreach (var probe in probes)
            await probe.Open();
        var left = windowEnd - clock.Elapsed;
        if (left > TimeSpan.Zero)
            await Task.Delay(left);
        foreach (var probe in probes)
            await probe.Close();
    }
}
