using MassTransit;

namespace Callback.Benchmarks.Scenarios.SagaThroughput;

public sealed class BrokerPingConsumer :
    IConsumer<BrokerPing>
{
    public Task Consume(ConsumeContext<BrokerPing> context) => Task.CompletedTask;
}
