using Callback.Benchmarks.Measuring;

namespace Callback.Benchmarks.Scenarios.SagaThroughput;

/// <summary>
/// One measured window of a load: rate and latencies, CPU, this process's allocations, and, when the database took
/// part, what PostgreSQL counted and what EF Core did.
/// </summary>
public sealed record Measurement(LoadResult Load, CpuUse? Cpu, Allocations? Allocated, DatabaseCounters? Database, EfWork? Ef, int Faults)
{
    public double PerSecond => Load.PerSecond;
}
