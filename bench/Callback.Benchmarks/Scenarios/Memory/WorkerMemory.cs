namespace Callback.Benchmarks.Scenarios.Memory;

/// <summary>What a watched worker reported: a sample a second, and one after a full garbage collection at the end.</summary>
public sealed record WorkerMemory(IReadOnlyList<MemorySample> Samples, MemorySample Final);
