using Callback.Sagas.Persistence;
using Microsoft.Extensions.Configuration;
using Quartz;

namespace Callback.Sagas.Messaging.Scheduling;

/// <summary>
/// The Quartz-backed message scheduler, bound from <c>Scheduler</c>, with defaults that follow the application's database
/// (<c>Database:*</c>): on PostgreSQL or SQL Server the timers are kept in that database, on the embedded SQLite file in memory.
/// </summary>
public sealed class MessageSchedulerOptions
{
    public const string SectionName = "Scheduler";

    /// <summary>The queue the scheduler consumes <c>ScheduleMessage</c> and <c>CancelScheduledMessage</c> from.</summary>
    public string QueueName { get; set; } = "quartz";

    public int PrefetchCount { get; set; } = 32;

    /// <summary>How many schedule and cancel commands are stored at once; also the number of token partitions. Defaults to <see cref="PrefetchCount"/>.</summary>
    public int? ConcurrentMessageLimit { get; set; }

    /// <summary>Defaults to <see cref="SchedulerJobStore.Database"/> when <c>Database:Provider</c> is a server, else in memory.</summary>
    public SchedulerJobStore JobStore { get; set; } = SchedulerJobStore.InMemory;

    /// <summary>The job store's database; defaults to <c>Database:Provider</c>, else SQLite.</summary>
    public SchedulerDatabaseProvider Provider { get; set; } = SchedulerDatabaseProvider.Sqlite;

    /// <summary>
    /// The job store's connection string; defaults to <c>ConnectionStrings:Callback</c>. A SQLite store without one uses
    /// the application's default SQLite file, found when the container is built, as the database does.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// Quartz's tables are <c>{TablePrefix}job_details</c>, <c>{TablePrefix}triggers</c>, ... The migrations create them
    /// with <see cref="QuartzJobStoreSchema.TablePrefix"/>; another prefix needs tables of its own (<see cref="SchemaProvisioning"/>).
    /// </summary>
    public string TablePrefix { get; set; } = QuartzJobStoreSchema.TablePrefix;

    /// <summary>
    /// Whether the nodes sharing the database form one Quartz cluster (database locks, check-ins, recovery of a dead
    /// node's firings). Every node that hosts the scheduler endpoint must then use the same <see cref="InstanceName"/>.
    /// Defaults to clustered on PostgreSQL and SQL Server; Quartz refuses to cluster on SQLite, which serves one process.
    /// </summary>
    public bool? Clustered { get; set; }

    /// <summary>
    /// How often a clustered node records that it is alive (Quartz's default: 7.5 s). A node that stops checking in is
    /// declared dead about this long plus Quartz's misfire threshold later, and only then are the timers it had already
    /// picked up fired by another node: shorter means quicker recovery after a crash, for more database writes.
    /// </summary>
    public TimeSpan? ClusterCheckinInterval { get; set; }

    /// <summary>
    /// What the job store does about its tables at start. <see cref="SchemaProvisioning.Validate"/> (the default) refuses to
    /// start without them, which is right when migrations create them; <see cref="SchemaProvisioning.CreateIfMissing"/>
    /// lets Quartz create them itself.
    /// </summary>
    public SchemaProvisioning SchemaProvisioning { get; set; } = SchemaProvisioning.Validate;

    /// <summary>The Quartz scheduler's name: the <c>sched_name</c> of every row, shared by the nodes of one cluster.</summary>
    public string InstanceName { get; set; } = "callback-scheduler";

    /// <summary>How many scheduled messages are sent at once: Quartz's thread pool.</summary>
    public int MaxConcurrency { get; set; } = 10;

    /// <summary>
    /// The most due timers one acquisition round of Quartz takes, and so fires for one round of database work
    /// (<c>QuartzSchedulerOptions.MaxBatchSize</c>); at most <see cref="MaxConcurrency"/>, since a timer acquired beyond
    /// the threads there are to send it is held by this node, unfireable by any other, until a thread frees up. Null leaves
    /// it to Quartz: <see cref="MaxConcurrency"/> on the database store, 1 in memory.
    /// </summary>
    public int? MaxBatchSize { get; set; }

    /// <summary>
    /// How long before its due time a timer may be taken into an acquisition batch
    /// (<c>QuartzSchedulerOptions.BatchTriggerAcquisitionFireAheadTimeWindow</c>). Zero, the default: a batch holds only
    /// timers already due. Quartz documents that a wider window fires timers early by up to this much, which a callback's
    /// desired time must never be; Quartz 4.7.3 acquires them early but still fires each at its own time, which
    /// <c>Fire_ahead_Specs</c> guards. An acquired timer is reserved by this node, so a wide window also delays another
    /// node's taking it over if this one dies.
    /// </summary>
    public TimeSpan BatchTriggerAcquisitionFireAheadTimeWindow { get; set; } = TimeSpan.Zero;

    /// <summary>Where a bus sends its <c>ScheduleMessage</c> and <c>CancelScheduledMessage</c>.</summary>
    public Uri Address => new($"queue:{QueueName}");

    /// <summary>
    /// Refuses settings Quartz would refuse only when the scheduler is first built, or would take to mean something else,
    /// so that a wrong key stops the process at registration rather than at its first timer.
    /// </summary>
    public void Validate()
    {
        if (MaxConcurrency < 1)
            throw Refused(nameof(MaxConcurrency), MaxConcurrency, "at least 1");
        if (MaxBatchSize is { } batch && (batch < 1 || batch > MaxConcurrency))
            throw Refused(nameof(MaxBatchSize), batch, $"between 1 and {SectionName}:{nameof(MaxConcurrency)} ({MaxConcurrency}), or unset for Quartz's choice");
        if (BatchTriggerAcquisitionFireAheadTimeWindow < TimeSpan.Zero)
            throw Refused(nameof(BatchTriggerAcquisitionFireAheadTimeWindow), BatchTriggerAcquisitionFireAheadTimeWindow, "zero or more");
    }

    static InvalidOperationException Refused(string key, object value, string allowed) =>
        new($"{SectionName}:{key} is {value}; it must be {allowed}.");

    /// <summary>
    /// The options in <paramref name="configuration"/> (the defaults without it). What the <c>Scheduler</c> section does
    /// not say follows the application's database, so that operators configure one database, not two; explicit
    /// <c>Scheduler:*</c> keys always win.
    /// </summary>
    public static MessageSchedulerOptions Read(IConfiguration? configuration)
    {
        var options = new MessageSchedulerOptions();
        if (configuration is null)
            return options;

        var section = configuration.GetSection(SectionName);
        section.Bind(options);

        // Timers kept in memory need no database, and must not refuse a database setting they would never use.
        var jobStoreSaid = section[nameof(JobStore)] is not null;
        if (jobStoreSaid && options.JobStore == SchedulerJobStore.InMemory)
            return options;

        var database = CallbackDatabaseSettings.From(configuration);

        // The timers belong with the sessions they drive. A server database is there for several workers sharing the work
        // and surviving restarts, so it keeps the timers too: clustered (the default off SQLite) in the qrtz_ tables its
        // migrations made (hence SchemaProvisioning.Validate). The embedded SQLite file serves one process on an in-memory
        // bus, which loses the messages in flight at a restart anyway: its timers stay in memory unless asked otherwise.
        if (!jobStoreSaid)
            options.JobStore = database.Provider is DatabaseProvider.Postgres or DatabaseProvider.SqlServer
                ? SchedulerJobStore.Database
                : SchedulerJobStore.InMemory;

        if (section[nameof(Provider)] is null)
            options.Provider = database.Provider switch
            {
                DatabaseProvider.Sqlite => SchedulerDatabaseProvider.Sqlite,
                DatabaseProvider.Postgres => SchedulerDatabaseProvider.Postgres,
                DatabaseProvider.SqlServer => SchedulerDatabaseProvider.SqlServer,
                _ => throw new ArgumentOutOfRangeException(nameof(configuration), database.Provider, null),
            };

        options.ConnectionString ??= database.ConnectionString;

        return options;
    }
}
