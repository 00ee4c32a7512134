using Microsoft.Extensions.Configuration;
using Quartz;

namespace Callback.Sagas.Messaging.Scheduling;

/// <summary>
/// The Quartz-backed message scheduler, bound from <c>Scheduler</c>. The defaults suit one process with an in-memory
/// bus; a deployment with several workers sets <c>Scheduler:JobStore = Database</c>.
/// </summary>
public sealed class MessageSchedulerOptions
{
    public const string SectionName = "Scheduler";

    /// <summary>The application's database, whose provider and connection string the job store shares unless told otherwise.</summary>
    public const string DatabaseProviderKey = "Database:Provider";

    public const string DatabaseConnectionStringName = "Callback";

    /// <summary>The queue the scheduler consumes <c>ScheduleMessage</c> and <c>CancelScheduledMessage</c> from.</summary>
    public string QueueName { get; set; } = "quartz";

    public int PrefetchCount { get; set; } = 32;

    /// <summary>How many schedule and cancel commands are stored at once; also the number of token partitions. Defaults to <see cref="PrefetchCount"/>.</summary>
    public int? ConcurrentMessageLimit { get; set; }

    public SchedulerJobStore JobStore { get; set; } = SchedulerJobStore.InMemory;

    /// <summary>The job store's database; defaults to <c>Database:Provider</c>, else SQLite.</summary>
    public SchedulerDatabaseProvider Provider { get; set; } = SchedulerDatabaseProvider.Sqlite;

    /// <summary>The job store's connection string; defaults to <c>ConnectionStrings:Callback</c>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Quartz's tables are <c>{TablePrefix}job_details</c>, <c>{TablePrefix}triggers</c>, ...</summary>
    public string TablePrefix { get; set; } = "qrtz_";

    /// <summary>
    /// Whether the nodes sharing the database form one Quartz cluster (database locks, check-ins, recovery of a dead
    /// node's firings). Every node that hosts the scheduler endpoint must then use the same <see cref="InstanceName"/>.
    /// Defaults to clustered on PostgreSQL and SQL Server; Quartz refuses to cluster on SQLite, which serves one process.
    /// </summary>
    public bool? Clustered { get; set; }

    /// <summary>
    /// What the job store does about its tables at start. <see cref="SchemaProvisioning.Validate"/> (the default) refuses to
    /// start without them, which is right when migrations create them; <see cref="SchemaProvisioning.CreateIfMissing"/>
    /// lets Quartz create them itself.
    /// </summary>
    public SchemaProvisioning SchemaProvisioning { get; set; } = SchemaProvisioning.Validate;

    /// <summary>The Quartz scheduler's name: the <c>sched_name</c> of every row, shared by the nodes of one cluster.</summary>
    public string InstanceName { get; set; } = "callback-scheduler";

    /// <summary>How many scheduled messages are sent at once.</summary>
    public int MaxConcurrency { get; set; } = 10;

    /// <summary>Where a bus sends its <c>ScheduleMessage</c> and <c>CancelScheduledMessage</c>.</summary>
    public Uri Address => new($"queue:{QueueName}");

    /// <summary>
    /// The options in <paramref name="configuration"/> (the defaults without it). A database job store takes the
    /// application's database provider and connection string when the section does not name its own.
    /// </summary>
    public static MessageSchedulerOptions Read(IConfiguration? configuration)
    {
        var options = new MessageSchedulerOptions();
        if (configuration is null)
            return options;

        var section = configuration.GetSection(SectionName);
        section.Bind(options);

        // Only a database store cares: an in-memory scheduler must not refuse a provider it would never use.
        if (options.JobStore == SchedulerJobStore.Database && section[nameof(Provider)] is null
            && configuration[DatabaseProviderKey] is { Length: > 0 } provider)
        {
            options.Provider = Enum.TryParse<SchedulerDatabaseProvider>(provider, ignoreCase: true, out var known)
                ? known
                : throw new InvalidOperationException(
                    $"{DatabaseProviderKey} is '{provider}'; the scheduler's job store supports {string.Join(", ", Enum.GetNames<SchedulerDatabaseProvider>())}.");
        }

        options.ConnectionString ??= configuration.GetConnectionString(DatabaseConnectionStringName);

        return options;
    }
}
