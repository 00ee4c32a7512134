using MassTransit;

namespace Callback.Workers.Telephony.Simulated;

/// <summary>The simulated SIP Server's queue, <c>simulated-sip-server</c>: one queue for the adapter, as a real SIP Server adapter would have.</summary>
public sealed class SimulatedSipServerConsumerDefinition :
    ConsumerDefinition<SimulatedSipServerConsumer>
{
    public SimulatedSipServerConsumerDefinition()
    {
        EndpointName = "simulated-sip-server";
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<SimulatedSipServerConsumer> consumerConfigurator, IRegistrationContext context)
    {
        // A broker hiccup while publishing is retried; the outbox keeps a failed attempt's events from leaving,
        // so a retried command is answered once.
        endpointConfigurator.UseMessageRetry(r => r.Intervals(100, 500, 1000));
        endpointConfigurator.UseInMemoryOutbox(context);
    }
}
