using Callback.Sagas.Observability;
using Callback.Sagas.Persistence;
using MassTransit;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;

namespace Callback.Sagas.Messaging.Scheduling;

/// <summary>
/// The Quartz-backed message scheduler, in two halves a process takes one or both of: hosting the scheduler endpoint
/// (<see cref="AddQuartzSchedulerEndpoint"/>), and scheduling through it (<see cref="AddQuartzMessageScheduler"/> with
/// <see cref="UseQuartzMessageScheduler"/>). Both read <c>Scheduler</c> of the application's configuration once, at
/// registration, because the job store is chosen then; give both the same configuration.
/// </summary>
public static class QuartzMessageSchedulerRegistration
{
    /// <summary>
    /// Hosts the scheduler: the consumer of <c>ScheduleMessage</c> and <c>CancelScheduledMessage</c> on the <c>quartz</c>
    /// queue, a Quartz scheduler on the configured job store and on the container's <see cref="TimeProvider"/>, the
    /// bus observer that runs it while the bus runs, and the readiness check that it runs.
    /// </summary>
    public static IBusRegistrationConfigurator AddQuartzSchedulerEndpoint(this IBusRegistrationConfigurator configurator,
        IConfiguration? configuration = null, Action<MessageSchedulerOptions>? configure = null)
    {
        var options = Options(configurator, configuration, configure);

        // Quartz takes the container's clock when it is not handed one, so a test's FakeTimeProvider drives its firings.
        configurator.TryAddSingleton(TimeProvider.System);
        configurator.AddCallbackMetrics();

        configurator.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(scheduler =>
            {
                scheduler.InstanceName = options.InstanceName;
                if (options.MaxBatchSize is { } batch)
                    scheduler.MaxBatchSize = batch;
                scheduler.BatchTriggerAcquisitionFireAheadTimeWindow = options.BatchTriggerAcquisitionFireAheadTimeWindow;
            });
            quartz.UseDefaultThreadPool(options.MaxConcurrency);

            // Declared once for every trigger; recovery re-runs a firing that a node died in the middle of.
            quartz.AddJob<ScheduledMessageJob>(job => job
                .WithIdentity(ScheduledMessageKeys.Job)
                .WithDescription("Sends a message MassTransit scheduled")
                .StoreDurably()
                .RequestRecovery());

            UseJobStore(quartz, options);
        });

        // One instance, both the bus's observer and what the health check reads.
        configurator.TryAddSingleton<QuartzSchedulerLifecycle>();
        configurator.AddBusObserver(provider => provider.GetRequiredService<QuartzSchedulerLifecycle>());
        configurator.AddHealthChecks().AddCheck<QuartzSchedulerHealthCheck>(QuartzSchedulerHealthCheck.Name, tags: [HealthCheckTags.Ready]);
        configurator.AddConsumer<ScheduleMessageConsumer, ScheduleMessageConsumerDefinition>();

        return configurator;
    }

    /// <summary>
    /// Makes the bus's <see cref="IMessageScheduler"/> (and a saga's <c>Schedule</c>, with <see cref="UseQuartzMessageScheduler"/>)
    /// send to the scheduler endpoint. In a test, call it inside <c>AddMassTransitTestHarness</c>'s configuration: the harness
    /// adds its delayed scheduler only when no <see cref="IMessageScheduler"/> is registered.
    /// </summary>
    public static IBusRegistrationConfigurator AddQuartzMessageScheduler(this IBusRegistrationConfigurator configurator,
        IConfiguration? configuration = null, Action<MessageSchedulerOptions>? configure = null)
    {
        var options = Options(configurator, configuration, configure);
        configurator.AddMessageScheduler(options.Address);

        return configurator;
    }

    /// <summary>
    /// Schedules the messages of consumers and sagas through the scheduler endpoint. RabbitMQ here has no delayed-message
    /// plugin, so this, not <c>UseDelayedMessageScheduler</c>, is what works on it.
    /// </summary>
    public static void UseQuartzMessageScheduler(this IBusFactoryConfigurator configurator, IRegistrationContext context) =>
        configurator.UseMessageScheduler(context.GetRequiredService<MessageSchedulerOptions>().Address);

    static MessageSchedulerOptions Options(IServiceCollection services, IConfiguration? configuration, Action<MessageSchedulerOptions>? configure)
    {
        var options = MessageSchedulerOptions.Read(configuration);
        configure?.Invoke(options);
        options.Validate();
        services.TryAddSingleton(options);

        return options;
    }

    static void UseJobStore(IQuartzBuilder quartz, MessageSchedulerOptions options)
    {
        if (options.JobStore == SchedulerJobStore.InMemory)
        {
            quartz.UseInMemoryStore();
            return;
        }

        var connectionString = string.IsNullOrWhiteSpace(options.ConnectionString) ? null : options.ConnectionString;
        quartz.UsePersistentStore(store =>
        {
            store.ConfigureStore(ado =>
            {
                ado.TablePrefix = options.TablePrefix;
                ado.SchemaProvisioning = options.SchemaProvisioning;

                // The trigger data are strings only: stored as name/value pairs they stay readable in the table.
                ado.StoreJobDataAsStrings = true;
            });

            switch (options.Provider, connectionString)
            {
                case (SchedulerDatabaseProvider.Sqlite, null):
                    // The application's default SQLite file lies under the host's content root, known once the container is built.
                    store.UseSqlite(source => source.DataSourceFactory = services =>
                        SqliteFactory.Instance.CreateDataSource(services.GetRequiredService<CallbackDatabaseSettings>().ConnectionStringFor(services)));
                    break;
                case (SchedulerDatabaseProvider.Sqlite, { } sqlite):
                    store.UseSqlite(sqlite);
                    break;
                case (SchedulerDatabaseProvider.Postgres, { } postgres):
                    store.UsePostgres(postgres);
                    break;
                case (SchedulerDatabaseProvider.SqlServer, { } sqlServer):
                    store.UseSqlServer(sqlServer);
                    break;
                case (SchedulerDatabaseProvider.Postgres or SchedulerDatabaseProvider.SqlServer, null):
                    throw new InvalidOperationException(
                        $"{MessageSchedulerOptions.SectionName}:JobStore is {options.JobStore} on {options.Provider}, but neither "
                        + $"{MessageSchedulerOptions.SectionName}:ConnectionString nor ConnectionStrings:{CallbackDatabaseSettings.ConnectionStringName} is set.");
                default:
                    throw new InvalidOperationException($"{MessageSchedulerOptions.SectionName}:Provider {options.Provider} is not supported.");
            }

            if (options.Clustered ?? options.Provider != SchedulerDatabaseProvider.Sqlite)
            {
                store.UseClustering(cluster =>
                {
                    if (options.ClusterCheckinInterval is { } interval)
                        cluster.CheckinInterval = interval;
                });
            }
        });
    }
}
