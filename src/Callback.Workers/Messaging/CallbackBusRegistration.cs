using MassTransit;

namespace Callback.Workers.Messaging;

public static class CallbackBusRegistration
{
    public const string TransportKey = "Bus:Transport";
    public const string InMemory = "InMemory";

    /// <summary>
    /// The message bus of a callback process, with <paramref name="register"/> adding what this process consumes.
    /// Endpoint names are kebab-case, as operators see them in the broker's management UI.
    /// </summary>
    public static IServiceCollection AddCallbackBus(this IServiceCollection services, IConfiguration configuration,
        Action<IBusRegistrationConfigurator> register)
    {
        var transport = configuration[TransportKey];
        if (!string.IsNullOrWhiteSpace(transport) && !string.Equals(transport, InMemory, StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"{TransportKey} is '{transport}'; this build supports {InMemory}.");

        services.AddMassTransit(x =>
        {
            x.SetKebabCaseEndpointNameFormatter();
            register(x);

            // In one process, timers wait in memory: they do not survive a restart.
            x.AddDelayedMessageScheduler();
            x.UsingInMemory((context, bus) =>
            {
                bus.UseDelayedMessageScheduler();
                bus.ConfigureEndpoints(context);
            });
        });

        return services;
    }
}
