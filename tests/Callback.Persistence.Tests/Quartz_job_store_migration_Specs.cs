using Callback.Sagas.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;

namespace Callback.Persistence.Tests;

/// <summary>The <c>QuartzJobStore</c> migration: Quartz's ADO.NET job store tables, created by our migrations.</summary>
public class Quartz_job_store_migration_Specs
{
    static readonly DateTimeOffset Start = new(2014, 7, 30, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Migrating_a_fresh_database_creates_the_tables_of_Quartz_job_store(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Migrated(provider);

        Assert.Equal(QuartzTables.Names, await QuartzTablesIn(database));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    [InlineData(DatabaseProvider.SqlServer)]
    public void The_migration_runs_Quartz_own_script_which_creates_only_what_is_missing_and_drops_nothing(DatabaseProvider provider)
    {
        // Quartz's fresh-install scripts (database/tables/*.sql in its sources) begin by dropping the schema; the embedded
        // ones the migration runs must not, or a Quartz upgrade could cost a database its timers.
        var statements = QuartzJobStoreSchema.Statements(provider).Select(WithoutComments).ToList();
        var guarded = provider == DatabaseProvider.SqlServer
            ? @"^IF (OBJECT_ID\(N'qrtz_\w+', N'U'\) IS NULL|NOT EXISTS \(SELECT 1 FROM sys\.indexes )"
            : @"^CREATE (TABLE|INDEX|TRIGGER) IF NOT EXISTS ";

        Assert.Equal(QuartzTables.Names, QuartzJobStoreSchema.Tables(provider).Select(t => t.ToLowerInvariant()).Order());
        Assert.All(statements, statement => Assert.Matches(guarded, statement));
        Assert.All(statements, statement => Assert.DoesNotMatch(@"(?im)\bDROP\b|^\s*GO\s*$", statement));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Migrating_back_before_the_job_store_drops_its_tables_and_nothing_else(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Migrated(provider);

        await MigrateTo(database, Initial(database));

        Assert.Empty(await QuartzTablesIn(database));
        await using var db = database.Context();
        Assert.Equal(0, await db.Sessions.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_database_whose_tables_Quartz_created_itself_keeps_its_timers_through_the_migration(DatabaseProvider provider)
    {
        // A database of before this migration, whose scheduler was told to create its own tables, holding a timer.
        await using var database = await TestDatabase.Create(provider);
        await MigrateTo(database, Initial(database));
        var instanceName = $"persistence-tests-{Guid.NewGuid():N}";
        var reminder = new Reminder(Guid.NewGuid());
        var due = Start.AddMinutes(1);
        await using (var before = await SchedulerHost.Start(Scheduler(database, instanceName, ("Scheduler:SchemaProvisioning", "CreateIfMissing")), Start))
            await before.Schedule(reminder, due);

        await using (var db = database.Context())
            await db.Database.MigrateAsync();

        // Back with the default provisioning, which only validates the tables: the timer is there, overdue, and fires at once.
        var restart = due.AddMinutes(30);
        await using var after = await SchedulerHost.Start(Scheduler(database, instanceName), restart);
        Assert.Equal(restart, await after.Arrived(reminder));
    }

    /// <summary>The database's settings, a database job store on it (the default on PostgreSQL only) and <paramref name="more"/>.</summary>
    static IConfiguration Scheduler(TestDatabase database, string instanceName, params (string Key, string Value)[] more) =>
        new ConfigurationBuilder()
            .AddConfiguration(database.Configuration())
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Scheduler:JobStore"] = "Database", ["Scheduler:InstanceName"] = instanceName })
            .AddInMemoryCollection(more.Select(m => KeyValuePair.Create(m.Key, (string?)m.Value)))
            .Build();

    static string Initial(TestDatabase database)
    {
        using var db = database.Context();
        return db.Database.GetMigrations().First();
    }

    static async Task MigrateTo(TestDatabase database, string migration)
    {
        await using var db = database.Context();
        await db.GetService<IMigrator>().MigrateAsync(migration);
    }

    static string WithoutComments(string statement) =>
        string.Join('\n', statement.Split('\n').Where(line => !line.TrimStart().StartsWith("--", StringComparison.Ordinal))).Trim();

    /// <summary>The Quartz tables the database has, lowercase (SQLite keeps the script's uppercase), in order.</summary>
    static async Task<IReadOnlyList<string>> QuartzTablesIn(TestDatabase database)
    {
        await using var db = database.Context();
        var tables = database.Provider == DatabaseProvider.Sqlite
            ? "SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'table'"
            : "SELECT table_name AS \"Value\" FROM information_schema.tables WHERE table_schema = current_schema()";
        var names = await db.Database.SqlQueryRaw<string>(tables).ToListAsync();

        return names.Select(n => n.ToLowerInvariant()).Where(n => n.StartsWith("qrtz_", StringComparison.Ordinal)).Order().ToList();
    }
}
