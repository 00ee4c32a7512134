namespace Callback.Benchmarks.Scenarios.SagaThroughput;

/// <summary>The trivial message of the broker baseline: as small as a saga event, and consumed by doing nothing.</summary>
public record BrokerPing(Guid Id);
