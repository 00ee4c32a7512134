using Callback.Sagas.Observability;
using Callback.Sagas.Persistence;
using Callback.Workers.Messaging;
using Callback.Workers.Telephony;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;

namespace Callback.Workers.Observability;

/// <summary>
/// The health endpoints. <c>/health/live</c> runs no check: it answers while the process serves HTTP, for a restart
/// policy (a broker or database outage must not get healthy processes killed). <c>/health/ready</c> runs every check
/// tagged <see cref="HealthCheckTags.Ready"/>: MassTransit's <c>masstransit-bus</c> (this process's receive endpoints),
/// <c>rabbitmq</c> on RabbitMQ (<see cref="BrokerConnectionHealthCheck"/>), <c>database</c> below (not in the simulator), and <c>quartz-scheduler</c>
/// where this process hosts the scheduler.
/// Both answer a JSON list of the checks (<see cref="HealthReportWriter"/>), 200 when all pass, 503 when one fails.
/// </summary>
public static class CallbackHealthChecks
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";
    public const string DatabaseCheck = "database";

    public static IServiceCollection AddCallbackHealthChecks(this IServiceCollection services, IConfiguration configuration)
    {
        var checks = services.AddHealthChecks();

        // The simulator process has no database to be ready for.
        if (WorkerRole.Of(configuration) == WorkerRole.Sessions)
            checks.AddDbContextCheck<CallbackDbContext>(DatabaseCheck, tags: [HealthCheckTags.Ready], customTestQuery: ReadsSessions);

        if (BusTransport.Of(configuration) == BusTransport.RabbitMq)
        {
            services.AddSingleton(new BrokerConnectionHealthCheck(BusTransport.RabbitMqAddress(configuration)));
            checks.AddCheck<BrokerConnectionHealthCheck>(BrokerConnectionHealthCheck.Name, tags: [HealthCheckTags.Ready]);
        }

        return services;
    }

    public static IEndpointRouteBuilder MapCallbackHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(LivePath, new HealthCheckOptions
        {
            Predicate = _ => false,
            ResponseWriter = HealthReportWriter.WriteAsync,
        });
        endpoints.MapHealthChecks(ReadyPath, new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(HealthCheckTags.Ready),
            ResponseWriter = HealthReportWriter.WriteAsync,
        });
        return endpoints;
    }

    /// <summary>
    /// A real query through the service's own model, not just an open connection: it also fails when the sessions table
    /// is missing (migrations not applied) or the login may not read it.
    /// </summary>
    static async Task<bool> ReadsSessions(CallbackDbContext db, CancellationToken cancellationToken)
    {
        await db.Sessions.AsNoTracking().AnyAsync(cancellationToken);
        return true;
    }
}
