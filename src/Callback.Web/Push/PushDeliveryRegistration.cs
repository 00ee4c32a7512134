using MassTransit;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Callback.Web.Push;

public static class PushDeliveryRegistration
{
    /// <summary>
    /// The web tier's delivery of the saga's pushes and status notifications: comet on an endpoint of this instance's
    /// own (it needs an <see cref="Comet.ICometPublisher"/>, which the CometD server registers), httpcb and status
    /// notifications on the shared <c>push-httpcb</c> queue, POSTed with the <c>push-httpcb</c> HTTP client under
    /// <c>Push:HttpCallback</c>. Workers never call this: pushes are the web tier's.
    /// </summary>
    public static IBusRegistrationConfigurator AddPushDelivery(this IBusRegistrationConfigurator configurator, IConfiguration configuration)
    {
        var options = HttpCallbackOptions.From(configuration);

        configurator.TryAddSingleton(TimeProvider.System);
        configurator.TryAddSingleton(WebInstance.From(configuration));
        configurator.TryAddSingleton(options);
        configurator.AddHttpClient(HttpCallbackSender.ClientName, client => client.Timeout = options.Timeout);
        configurator.TryAddScoped<HttpCallbackSender>();
        configurator.TryAddScoped<HttpCallbackDelivery>();

        configurator.AddConsumer<CometPushConsumer, CometPushConsumerDefinition>();
        configurator.AddConsumer<DevicePushConsumer, HttpCallbackEndpointDefinition<DevicePushConsumer>>();
        configurator.AddConsumer<StatusNotificationConsumer, HttpCallbackEndpointDefinition<StatusNotificationConsumer>>();
        configurator.AddConsumer<HttpCallbackAttemptConsumer, HttpCallbackEndpointDefinition<HttpCallbackAttemptConsumer>>();

        return configurator;
    }
}
