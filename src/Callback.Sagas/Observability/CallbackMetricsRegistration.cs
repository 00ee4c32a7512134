using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Callback.Sagas.Observability;

public static class CallbackMetricsRegistration
{
    /// <summary>
    /// <see cref="CallbackMetrics"/> and the <see cref="System.Diagnostics.Metrics.IMeterFactory"/> it needs. Whoever
    /// registers something that counts (the saga, the scheduler, the slot bookings) calls this, so the instruments exist
    /// with or without an exporter; the hosts decide where the measurements go.
    /// </summary>
    public static IServiceCollection AddCallbackMetrics(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton<CallbackMetrics>();
        return services;
    }
}
