using MassTransit;
using MassTransit.Configuration;
using MassTransit.Middleware;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Callback.Sagas.Persistence.Outbox;

public static class CallbackOutboxRegistration
{
    /// <summary>
    /// The transactional inbox and outbox on <see cref="CallbackDbContext"/> (which <c>AddCallbackDatabase</c>
    /// registers), with <see cref="OutboxSettings"/> from configuration and the cleanup of old inbox rows. Endpoints
    /// use it through <see cref="UseCallbackOutbox"/>.
    /// </summary>
    public static IServiceCollection AddCallbackOutbox(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(OutboxSettings.From(configuration));
        services.TryAddScoped<IOutboxContextFactory<CallbackDbContext>, DbOutboxContextFactory>();
        services.AddHostedService<InboxCleanupService>();
        return services;
    }

    /// <summary>True when the process registered the outbox (<see cref="AddCallbackOutbox"/>).</summary>
    public static bool HasCallbackOutbox(this IRegistrationContext context) => context.GetService<OutboxSettings>() is not null;

    /// <summary>
    /// Every consumer and saga of the endpoint consumes inside the outbox: MassTransit's outbox filter, observing the
    /// endpoint's configuration as its own EF Core outbox does, with <see cref="DbOutboxContextFactory"/> behind it.
    /// </summary>
    public static void UseCallbackOutbox(this IReceiveEndpointConfigurator endpoint, IRegistrationContext context)
    {
        var settings = context.GetRequiredService<OutboxSettings>();
        var observer = new OutboxConsumePipeSpecificationObserver<CallbackDbContext>(endpoint, context)
        {
            MessageDeliveryLimit = settings.MessageDeliveryLimit,
        };

        endpoint.ConnectConsumerConfigurationObserver(observer);
        endpoint.ConnectSagaConfigurationObserver(observer);
    }
}
