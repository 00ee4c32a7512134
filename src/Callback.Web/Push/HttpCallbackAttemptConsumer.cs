using MassTransit;

namespace Callback.Web.Push;

/// <summary>Makes a retry of an HTTP callback that the message scheduler brought back.</summary>
public sealed class HttpCallbackAttemptConsumer(HttpCallbackDelivery delivery) :
    IConsumer<HttpCallbackAttempt>
{
    public Task Consume(ConsumeContext<HttpCallbackAttempt> context) => delivery.Attempt(context, context.Message);
}
