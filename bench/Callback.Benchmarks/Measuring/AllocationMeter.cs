namespace Callback.Benchmarks.Measuring;

/// <summary>
/// What this process allocated during a window, and how many garbage collections that took: with the worker and
/// its driver in one process, comparing the saga run with the broker baseline shows what the saga's own code costs.
/// </summary>
public sealed class AllocationMeter :
    IWindowProbe
{
    (long Bytes, int Gen0, int Gen1, int Gen2)? _opened;

    public Allocations? Allocated { get; private set; }

    public Task Open()
    {
        _opened = Take();
        return Task.CompletedTask;
    }

    public Task Close()
    {
        if (_opened is { } opened)
        {
            var now = Take();
            Allocated = new Allocations(now.Bytes - opened.Bytes, now.Gen0 - opened.Gen0, now.Gen1 - opened.Gen1, now.Gen2 - opened.Gen2);
        }

        return Task.CompletedTask;
    }

    static (long Bytes, int Gen0, int Gen1, int Gen2) Take() =>
        (GC.GetTotalAllocatedBytes(), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
}

/// <summary>Bytes allocated and collections (generation 0, 1, 2) in a window.</summary>
public sealed record Allocations(long Bytes, int Gen0, int Gen1, int Gen2)
{
    public string Per(double operations) =>
        $"{Bytes / operations / 1024:F1} KiB allocated; GCs in the window: {Gen0} gen0, {Gen1} gen1, {Gen2} gen2";
}
