using MassTransit;

namespace Callback.Web.Push;

/// <summary>
/// Puts a consumer on the one competing <c>push-httpcb</c> queue that all web instances share, so exactly one of them
/// makes each attempt, and a retry scheduled to this queue comes back to it. A transition of the bus (publishing the
/// outcome, scheduling the retry) that fails is tried again; the outcome and the retry leave only once the attempt
/// was made. A failed POST is not an exception: it is an outcome, retried by schedule, not by this retry.
/// </summary>
public sealed class HttpCallbackEndpointDefinition<TConsumer> :
    ConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer
{
    public const string QueueName = "push-httpcb";

    public HttpCallbackEndpointDefinition()
    {
        EndpointName = QueueName;
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<TConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        consumerConfigurator.UseMessageRetry(r => r.Intervals(100, 500, 1000));
        consumerConfigurator.UseInMemoryOutbox(context);
    }
}
