using Callback.Sagas.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Callback.Persistence.Tests;

/// <summary>
/// The scheduler's timers in the application's database, with nothing configured but the database (and a scheduler name
/// of the test's own: Quartz keeps its schedulers by name, once per process, and tests run side by side). Each host
/// migrates the database as it starts, and its Quartz validates the tables those migrations made.
/// </summary>
public sealed class Timers_on_the_database_Specs :
    IDisposable
{
    static readonly DateTimeOffset Start = new(2014, 7, 30, 8, 0, 0, TimeSpan.Zero);

    readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("callback-timers-");
    readonly string _instanceName = $"persistence-tests-{Guid.NewGuid():N}";

    [Fact]
    public async Task On_PostgreSQL_a_timer_is_kept_across_a_restart_of_the_host_and_fires_at_once_when_it_fell_due_meanwhile()
    {
        await using var database = await TestDatabase.Create(DatabaseProvider.Postgres);
        var configuration = Configuration(database.Configuration(migrateOnStart: true));

        await ItIsKeptAcrossARestart(configuration, clustered: true);
    }

    [Fact]
    public async Task On_the_embedded_SQLite_file_a_timer_is_kept_across_a_restart_when_the_scheduler_is_told_to_use_the_database()
    {
        var configuration = Configuration(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [CallbackDatabaseSettings.DataFolderKey] = _data.FullName,
            ["Scheduler:JobStore"] = "Database",
        }).Build());

        await ItIsKeptAcrossARestart(configuration, clustered: false);
        Assert.True(File.Exists(Path.Combine(_data.FullName, CallbackDatabaseSettings.DefaultSqliteFileName)));
    }

    [Fact]
    public async Task A_clustered_node_checks_in_as_often_as_configured()
    {
        await using var database = await TestDatabase.Create(DatabaseProvider.Postgres);
        var configuration = Configuration(new ConfigurationBuilder()
            .AddConfiguration(database.Configuration(migrateOnStart: true))
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Scheduler:ClusterCheckinInterval"] = "00:00:02" })
            .Build());

        await using var host = await SchedulerHost.Start(configuration, Start);

        // Each node records its interval beside its last check-in, for the others to judge it by.
        await using var db = database.Context();
        var intervals = await db.Database.SqlQueryRaw<long>("SELECT checkin_interval AS \"Value\" FROM qrtz_scheduler_state").ToListAsync();
        Assert.Equal(2000, Assert.Single(intervals));
    }

    static async Task ItIsKeptAcrossARestart(IConfiguration configuration, bool clustered)
    {
        var reminder = new Reminder(Guid.NewGuid());
        var due = Start.AddMinutes(1);
        await using (var before = await SchedulerHost.Start(configuration, Start))
        {
            var store = await before.Quartz.GetMetadata();
            Assert.Equal((true, clustered), (store.JobStorePersistent, store.JobStoreClustered));
            await before.Schedule(reminder, due);
        }

        var restart = due.AddMinutes(30);
        await using var after = await SchedulerHost.Start(configuration, restart);

        Assert.Equal(restart, await after.Arrived(reminder));
    }

    IConfiguration Configuration(IConfiguration database) =>
        new ConfigurationBuilder()
            .AddConfiguration(database)
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Scheduler:InstanceName"] = _instanceName })
            .Build();

    public void Dispose() => _data.Delete(recursive: true);
}
