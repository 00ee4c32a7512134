using Callback.Sagas.Messaging.Scheduling;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartz;

namespace Callback.Scheduling.Tests;

public class Scheduler_configuration_Specs
{
    [Fact]
    public async Task By_default_the_scheduler_listens_on_the_quartz_queue_and_keeps_its_timers_in_memory()
    {
        var options = MessageSchedulerOptions.Read(Configuration());

        Assert.Equal("quartz", options.QueueName);
        Assert.Equal(new Uri("queue:quartz"), options.Address);
        Assert.Equal(SchedulerJobStore.InMemory, options.JobStore);
        await using var host = await SchedulerTestHost.StartAsync();
        Assert.False((await host.Quartz.GetMetadata()).JobStorePersistent);
    }

    [Fact]
    public void A_database_job_store_uses_the_application_database_unless_the_scheduler_names_its_own()
    {
        var shared = MessageSchedulerOptions.Read(Configuration(
            ("Scheduler:JobStore", "Database"), ("Database:Provider", "Postgres"), ("ConnectionStrings:Callback", "Host=db;Database=callback")));
        var own = MessageSchedulerOptions.Read(Configuration(
            ("Scheduler:JobStore", "Database"), ("Scheduler:Provider", "SqlServer"), ("Scheduler:ConnectionString", "Server=timers"),
            ("Database:Provider", "Postgres"), ("ConnectionStrings:Callback", "Host=db;Database=callback")));

        Assert.Equal((SchedulerJobStore.Database, SchedulerDatabaseProvider.Postgres, "Host=db;Database=callback"),
            (shared.JobStore, shared.Provider, shared.ConnectionString));
        Assert.Equal((SchedulerDatabaseProvider.SqlServer, "Server=timers"), (own.Provider, own.ConnectionString));
    }

    [Theory]
    [InlineData("Postgres", DataSourceOptions.Providers.Npgsql, true)]
    [InlineData("SqlServer", DataSourceOptions.Providers.SqlServer, true)]
    [InlineData("Sqlite", DataSourceOptions.Providers.Sqlite, false)]
    public async Task A_database_job_store_is_Quartz_ADO_store_on_the_qrtz_tables_clustered_where_the_database_allows(string provider,
        string driver, bool clustered)
    {
        await using var services = Registered(Configuration(
            ("Scheduler:JobStore", "Database"), ("Database:Provider", provider), ("ConnectionStrings:Callback", "the database")));

        var store = services.GetRequiredService<IOptions<AdoJobStoreOptions>>().Value;
        var database = services.GetRequiredService<IOptionsMonitor<DataSourceOptions>>().Get(store.DataSource);
        Assert.Equal("qrtz_", store.TablePrefix);
        Assert.Equal(SchemaProvisioning.Validate, store.SchemaProvisioning);
        Assert.Equal((driver, "the database"), (database.Provider, database.ConnectionString));
        Assert.Equal(clustered, services.GetRequiredService<IOptions<ClusteringOptions>>().Value.Enabled);
        Assert.Equal("callback-scheduler", services.GetRequiredService<IOptions<QuartzSchedulerOptions>>().Value.InstanceName);
    }

    [Theory]
    [InlineData("Postgres", DataSourceOptions.Providers.Npgsql)]
    [InlineData("PostgreSQL", DataSourceOptions.Providers.Npgsql)]
    [InlineData("SqlServer", DataSourceOptions.Providers.SqlServer)]
    public async Task On_a_server_database_the_timers_are_kept_in_it_clustered_in_the_tables_its_migrations_made(string provider, string driver)
    {
        var configuration = Configuration(("Database:Provider", provider), ("ConnectionStrings:Callback", "the database"));

        Assert.Equal(SchedulerJobStore.Database, MessageSchedulerOptions.Read(configuration).JobStore);
        await using var services = Registered(configuration);
        var store = services.GetRequiredService<IOptions<AdoJobStoreOptions>>().Value;
        var database = services.GetRequiredService<IOptionsMonitor<DataSourceOptions>>().Get(store.DataSource);
        Assert.Equal((driver, "the database"), (database.Provider, database.ConnectionString));
        Assert.Equal(("qrtz_", SchemaProvisioning.Validate), (store.TablePrefix, store.SchemaProvisioning));
        Assert.True(services.GetRequiredService<IOptions<ClusteringOptions>>().Value.Enabled);
    }

    [Fact]
    public async Task On_the_embedded_SQLite_file_the_timers_stay_in_memory_unless_the_scheduler_is_told_to_keep_them_in_the_file()
    {
        var embedded = MessageSchedulerOptions.Read(Configuration(("Database:Provider", "Sqlite")));
        var told = Configuration(("Scheduler:JobStore", "Database"));

        Assert.Equal(SchedulerJobStore.InMemory, embedded.JobStore);
        Assert.Equal(SchedulerJobStore.Database, MessageSchedulerOptions.Read(told).JobStore);
        await using var services = Registered(told);
        var store = services.GetRequiredService<IOptions<AdoJobStoreOptions>>().Value;
        var database = services.GetRequiredService<IOptionsMonitor<DataSourceOptions>>().Get(store.DataSource);

        // The file's path waits for the host's content root: the data source is made when Quartz first needs it.
        Assert.Equal(DataSourceOptions.Providers.Sqlite, database.Provider);
        Assert.Null(database.ConnectionString);
        Assert.NotNull(database.DataSourceFactory);
        Assert.Equal(SchemaProvisioning.Validate, store.SchemaProvisioning);
        Assert.False(services.GetRequiredService<IOptions<ClusteringOptions>>().Value.Enabled);
    }

    [Fact]
    public async Task The_scheduler_section_wins_over_what_the_database_implies()
    {
        var database = new[] { ("Database:Provider", "Postgres"), ("ConnectionStrings:Callback", "Host=db;Database=callback") };
        var inMemory = MessageSchedulerOptions.Read(Configuration([.. database, ("Scheduler:JobStore", "InMemory")]));
        await using var services = Registered(Configuration([.. database,
            ("Scheduler:ConnectionString", "Host=timers;Database=quartz"), ("Scheduler:Clustered", "false"), ("Scheduler:SchemaProvisioning", "CreateIfMissing")]));

        Assert.Equal(SchedulerJobStore.InMemory, inMemory.JobStore);
        var store = services.GetRequiredService<IOptions<AdoJobStoreOptions>>().Value;
        Assert.Equal("Host=timers;Database=quartz", services.GetRequiredService<IOptionsMonitor<DataSourceOptions>>().Get(store.DataSource).ConnectionString);
        Assert.Equal(SchemaProvisioning.CreateIfMissing, store.SchemaProvisioning);
        Assert.False(services.GetRequiredService<IOptions<ClusteringOptions>>().Value.Enabled);
    }

    [Fact]
    public void A_server_database_without_a_connection_string_is_refused_when_the_scheduler_is_registered()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => Registered(Configuration(("Database:Provider", "Postgres"))));

        Assert.Contains("ConnectionStrings:Callback", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_database_provider_the_scheduler_does_not_know_is_refused_unless_its_timers_are_kept_in_memory()
    {
        var inMemory = MessageSchedulerOptions.Read(Configuration(("Scheduler:JobStore", "InMemory"), ("Database:Provider", "Oracle")));
        var refused = Assert.Throws<InvalidOperationException>(() => MessageSchedulerOptions.Read(Configuration(("Database:Provider", "Oracle"))));

        Assert.Equal(SchedulerJobStore.InMemory, inMemory.JobStore);
        Assert.Contains("Oracle", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_acquisition_is_read_from_the_scheduler_section_and_given_to_Quartz()
    {
        var configuration = Configuration(("Scheduler:MaxConcurrency", "20"), ("Scheduler:MaxBatchSize", "15"),
            ("Scheduler:BatchTriggerAcquisitionFireAheadTimeWindow", "00:00:00.5"));

        var options = MessageSchedulerOptions.Read(configuration);
        await using var services = Registered(configuration);

        Assert.Equal((20, 15, TimeSpan.FromMilliseconds(500)), (options.MaxConcurrency, options.MaxBatchSize, options.BatchTriggerAcquisitionFireAheadTimeWindow));
        var scheduler = services.GetRequiredService<IOptions<QuartzSchedulerOptions>>().Value;
        Assert.Equal((15, TimeSpan.FromMilliseconds(500)), (scheduler.MaxBatchSize, scheduler.BatchTriggerAcquisitionFireAheadTimeWindow));
        Assert.Equal(20, services.GetRequiredService<IOptions<ThreadPoolOptions>>().Value.MaxConcurrency);
    }

    [Fact]
    public async Task Without_batch_settings_Quartz_chooses_the_batch_and_takes_only_timers_already_due()
    {
        var configuration = Configuration(("Database:Provider", "Postgres"), ("ConnectionStrings:Callback", "the database"));

        var options = MessageSchedulerOptions.Read(configuration);
        await using var services = Registered(configuration);

        Assert.Null(options.MaxBatchSize);
        Assert.Equal(TimeSpan.Zero, options.BatchTriggerAcquisitionFireAheadTimeWindow);
        var scheduler = services.GetRequiredService<IOptions<QuartzSchedulerOptions>>().Value;

        // Quartz's 0 is "automatic": the thread pool's size on a database store, 1 in memory.
        Assert.Equal((0, TimeSpan.Zero), (scheduler.MaxBatchSize, scheduler.BatchTriggerAcquisitionFireAheadTimeWindow));
    }

    [Theory]
    [InlineData("Scheduler:MaxBatchSize", "11")]
    [InlineData("Scheduler:MaxBatchSize", "0")]
    [InlineData("Scheduler:MaxConcurrency", "0")]
    [InlineData("Scheduler:BatchTriggerAcquisitionFireAheadTimeWindow", "-00:00:01")]
    public void Batch_settings_Quartz_could_not_honour_are_refused_when_the_scheduler_is_registered(string key, string value)
    {
        // MaxConcurrency is the default 10: a batch larger than the pool would hold timers no thread can send.
        var refused = Assert.Throws<InvalidOperationException>(() => Registered(Configuration((key, value))));

        Assert.StartsWith(key, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_scheduler_can_listen_on_a_queue_of_another_name()
    {
        await using var host = await SchedulerTestHost.StartAsync(o => o.QueueName = "callback-timers");
        var appointment = new Appointment(NewId.NextGuid(), "Check-up");
        var at = host.Now.AddMinutes(1);

        await host.Schedule(appointment, at);
        await host.Scheduled(appointment.AppointmentId, at);
        host.AdvanceTo(at);

        await host.Arrived(appointment.AppointmentId);
        var schedule = host.Harness.Sent.Select<MassTransit.Scheduling.ScheduleMessage>(new CancellationToken(true)).First();
        Assert.EndsWith("/callback-timers", schedule.Context.DestinationAddress?.AbsolutePath, StringComparison.Ordinal);
    }

    static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();

    static ServiceProvider Registered(IConfiguration configuration)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddMassTransit(x => x.AddQuartzSchedulerEndpoint(configuration));
        return services.BuildServiceProvider();
    }
}
