using Callback.Sagas.Observability;
using Callback.Sagas.Persistence.Bookings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Callback.Sagas.Persistence;

public static class CallbackDatabaseRegistration
{
    /// <summary>
    /// The database of sessions and slot bookings, as <see cref="CallbackDatabaseSettings"/> reads it from configuration:
    /// <see cref="IDbContextFactory{TContext}"/> of <see cref="CallbackDbContext"/>, a scoped <see cref="CallbackDbContext"/>
    /// (one per message for the saga repository), <see cref="SlotBookings"/>, and unless <c>Database:MigrateOnStart</c>
    /// is false a hosted service that migrates the database before any other hosted service (the bus) starts.
    /// </summary>
    public static IServiceCollection AddCallbackDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = CallbackDatabaseSettings.From(configuration);

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(settings);
        services.TryAddSingleton<IDbContextFactory<CallbackDbContext>>(provider =>
            new CallbackDbContextFactory(settings.Provider, settings.ConnectionStringFor(provider), provider.GetService<ILoggerFactory>()));
        services.TryAddScoped(provider => provider.GetRequiredService<IDbContextFactory<CallbackDbContext>>().CreateDbContext());
        services.AddCallbackMetrics();
        services.TryAddSingleton<SlotBookings>();

        if (settings.MigrateOnStart)
            services.AddHostedService<DatabaseMigrationService>();

        return services;
    }
}
