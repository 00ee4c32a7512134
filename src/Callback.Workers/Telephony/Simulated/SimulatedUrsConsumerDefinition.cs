using MassTransit;

namespace Callback.Workers.Telephony.Simulated;

/// <summary>The simulated URS's queue, <c>simulated-urs</c>: one queue for the adapter, as a real URS adapter would have.</summary>
public sealed class SimulatedUrsConsumerDefinition :
    ConsumerDefinition<SimulatedUrsConsumer>
{
    public SimulatedUrsConsumerDefinition()
    {
        EndpointName = "simulated-urs";
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<SimulatedUrsConsumer> consumerConfigurator, IRegistrationContext context)
    {
        // A broker hiccup while publishing is retried; the outbox keeps a failed attempt's events from leaving,
        // so a retried command is answered once.
        endpointConfigurator.UseMessageRetry(r => r.Intervals(100, 500, 1000));
        endpointConfigurator.UseInMemoryOutbox(context);
    }
}
