using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Callback.Sagas.Persistence.Outbox;

public static class CallbackBusOutboxRegistration
{
    /// <summary>
    /// The bus outbox on <see cref="CallbackDbContext"/> (which <c>AddCallbackDatabase</c> registers) for a process with a
    /// bus (<c>AddCallbackBus</c>): the scoped <see cref="CallbackUnitOfWork"/> and the <see cref="BusOutboxDeliveryService"/>
    /// that sends what units of work committed, with <see cref="OutboxSettings"/> from configuration.
    /// </summary>
    public static IServiceCollection AddCallbackBusOutbox(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(OutboxSettings.From(configuration));
        services.TryAddSingleton<BusOutboxSignal>();
        services.TryAddScoped<CallbackUnitOfWork>();
        services.AddHostedService<BusOutboxDeliveryService>();
        return services;
    }
}
