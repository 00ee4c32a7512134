using Callback.Benchmarks.Measuring;

namespace Callback.Benchmarks.Scenarios.Booking;

/// <summary>The CPU time the web process used in a window (<see cref="CpuMeter"/> counts this process, not its children).</summary>
public sealed class ProcessCpuProbe(WebProcess web) :
    IWindowProbe
{
    TimeSpan _opened;

    public TimeSpan? Used { get; private set; }

    public Task Open()
    {
        _opened = web.CpuTime;
        return Task.CompletedTask;
    }

    public Task Close()
    {
        Used = web.CpuTime - _opened;
        return Task.CompletedTask;
    }
}
