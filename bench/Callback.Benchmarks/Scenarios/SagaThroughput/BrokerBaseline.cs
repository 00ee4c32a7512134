using Callback.Benchmarks.Hosting;
using Callback.Benchmarks.Measuring;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Callback.Benchmarks.Scenarios.SagaThroughput;

/// <summary>
/// Baseline A: what the broker alone gives. MassTransit publishes a trivial message to a durable queue (persistent
/// delivery, publisher confirms: MassTransit's defaults on RabbitMQ) and a consumer that does nothing takes it, with
/// the saga endpoint's prefetch and concurrency and the same number of messages in flight as the saga run.
/// </summary>
public static class BrokerBaseline
{
    const string QueueName = "bench-broker-ping";

    public static async Task<Measurement> Run(Uri broker, EndpointShape shape, BenchSettings settings)
    {
        var completions = new Completions();
        using var host = BenchHost.Build(new Dictionary<string, string?>(), (services, _) =>
        {
            services.AddReceiveObserver(_ => completions);
            services.AddMassTransit(x =>
            {
                x.AddConsumer<BrokerPingConsumer>();
                x.UsingRabbitMq((context, bus) =>
                {
                    bus.Host(broker);
                    bus.ReceiveEndpoint(QueueName, e =>
                    {
                        e.PrefetchCount = shape.PrefetchCount;
                        e.ConcurrentMessageLimit = shape.ConcurrentMessageLimit;
                        e.ConfigureConsumer<BrokerPingConsumer>(context);
                    });
                });
            });
            services.AddOptions<MassTransitHostOptions>().Configure(o => o.WaitUntilStarted = true);
        });
        await host.StartAsync();

        var bus = host.Services.GetRequiredService<IBus>();
        var cpu = new CpuMeter();
        var allocations = new AllocationMeter();
        var result = await ClosedLoop.Run(settings.Concurrency, settings.WarmUp, settings.Measured, async (_, _) =>
        {
            var id = NewId.NextGuid();
            var processed = completions.Of(id);
            await bus.Publish(new BrokerPing(id), c => c.MessageId = id);
            await processed;
        }, cpu, allocations);

        await host.StopAsync();
        return new Measurement(result, cpu.Use, allocations.Allocated, null, null, completions.Faults);
    }
}
