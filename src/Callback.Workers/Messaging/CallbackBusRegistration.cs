using Callback.Sagas.Messaging.Scheduling;
using MassTransit;

namespace Callback.Workers.Messaging;

public static class CallbackBusRegistration
{
    /// <summary>
    /// The message bus of a callback process, with <paramref name="register"/> adding what this process consumes.
    /// The transport is <c>Bus:Transport</c>; timers of every process go to the Quartz scheduler endpoint, which the
    /// workers host (RabbitMQ here has no delayed-message plugin). Endpoint names are kebab-case, as operators see
    /// them in the broker's management UI.
    /// </summary>
    public static IServiceCollection AddCallbackBus(this IServiceCollection services, IConfiguration configuration,
        Action<IBusRegistrationConfigurator> register)
    {
        var transport = BusTransport.Of(configuration);
        var broker = transport == BusTransport.RabbitMq ? BusTransport.RabbitMqAddress(configuration) : null;

        services.AddMassTransit(x =>
        {
            x.SetKebabCaseEndpointNameFormatter();
            register(x);
            x.AddQuartzMessageScheduler(configuration);

            if (broker is not null)
            {
                x.UsingRabbitMq((context, bus) =>
                {
                    bus.Host(broker);
                    bus.UseQuartzMessageScheduler(context);
                    bus.ConfigureEndpoints(context);
                });
            }
            else
            {
                x.UsingInMemory((context, bus) =>
                {
                    bus.UseQuartzMessageScheduler(context);
                    bus.ConfigureEndpoints(context);
                });
            }
        });

        // A host that reports started has its queues bound: nothing published right after start is dropped.
        services.AddOptions<MassTransitHostOptions>().Configure(o =>
        {
            o.WaitUntilStarted = true;
            o.StartTimeout = TimeSpan.FromSeconds(60);
            o.StopTimeout = TimeSpan.FromSeconds(30);
        });

        return services;
    }
}
