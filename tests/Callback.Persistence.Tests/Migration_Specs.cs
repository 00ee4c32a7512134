using Callback.Sagas.Persistence;
using Callback.Sagas.Persistence.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Callback.Persistence.Tests;

public class Migration_Specs
{
    static readonly DatabaseProvider[] Every = [DatabaseProvider.Sqlite, DatabaseProvider.Postgres, DatabaseProvider.SqlServer];

    public static TheoryData<DatabaseProvider> AllProviders => new(Every);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Migrating_a_fresh_database_creates_every_table(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Create(provider);
        await using var db = database.Context();

        await db.Database.MigrateAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await db.Sessions.CountAsync());
        Assert.Equal(0, await db.SlotBookings.CountAsync());
        Assert.Equal(0, await db.SessionBookings.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_host_migrates_the_database_as_it_starts(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Create(provider);
        await using var services = new ServiceCollection().AddLogging().AddCallbackDatabase(database.Configuration(migrateOnStart: true))
            .BuildServiceProvider();

        foreach (var service in services.GetServices<IHostedService>().OfType<IHostedLifecycleService>())
            await service.StartingAsync(CancellationToken.None);

        await using var db = database.Context();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await db.Sessions.CountAsync());
    }

    [Fact]
    public void A_host_told_not_to_migrate_has_no_migration_service()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddCallbackDatabase(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [CallbackDatabaseSettings.MigrateOnStartKey] = "false" }).Build());

        Assert.DoesNotContain(services, s => s.ImplementationType == typeof(DatabaseMigrationService));
    }

    [Fact]
    public async Task A_SQLite_database_is_created_in_write_ahead_log_mode_so_readers_do_not_wait_for_writers()
    {
        await using var database = await TestDatabase.Migrated(DatabaseProvider.Sqlite);
        await using var db = database.Context();

        var mode = await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync();

        Assert.Equal("wal", Assert.Single(mode));
    }

    [Fact]
    public void The_SQL_Server_migrations_make_a_script_that_creates_every_table_without_a_server()
    {
        using var db = SqlServerWithoutAServer();
        var migrator = db.GetService<IMigrator>();

        var script = migrator.GenerateScript();
        var idempotent = migrator.GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Contains("CREATE TABLE [callback_sessions]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [slot_bookings]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [session_bookings]", script, StringComparison.Ordinal);
        Assert.Contains("[version] int NOT NULL", script, StringComparison.Ordinal);
        Assert.Contains("[desired_time] datetimeoffset NULL", script, StringComparison.Ordinal);
        Assert.Contains("CREATE INDEX [ix_callback_sessions_current_state]", script, StringComparison.Ordinal);
        Assert.Contains("__EFMigrationsHistory", script, StringComparison.Ordinal);
        Assert.All(QuartzTables.Names.Select(SqlServerName), table =>
        {
            Assert.Contains($"IF OBJECT_ID(N'{table}', N'U') IS NULL", script, StringComparison.Ordinal);
            Assert.Contains($"CREATE TABLE {table} (", script, StringComparison.Ordinal);
            Assert.Contains($"CREATE TABLE {table} (", idempotent, StringComparison.Ordinal);
        });
        Assert.Contains("CREATE INDEX IDX_qrtz_T_NFT_ST ON qrtz_TRIGGERS", script, StringComparison.Ordinal);
        Assert.Contains("N'20261126005000_QuartzJobStore'", idempotent, StringComparison.Ordinal);
        // Nothing is dropped but what the BusOutbox migration rebuilds to make outbox_message's inbox columns nullable.
        Assert.All(script.Split('\n').Where(line => line.Contains("DROP", StringComparison.OrdinalIgnoreCase)),
            line => Assert.Contains("[outbox_message]", line, StringComparison.Ordinal));
    }

    [Fact]
    public void The_SQL_Server_script_back_to_the_first_migration_drops_the_Quartz_tables()
    {
        using var db = SqlServerWithoutAServer();

        var down = db.GetService<IMigrator>().GenerateScript(fromMigration: "20261126005000_QuartzJobStore", toMigration: db.Database.GetMigrations().First());

        Assert.All(QuartzTables.Names.Select(SqlServerName), table => Assert.Contains($"DROP TABLE [{table}];", down, StringComparison.Ordinal));
        Assert.DoesNotContain("DROP TABLE [callback_sessions]", down, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public void Each_provider_has_migrations_generated_from_the_current_model(DatabaseProvider provider)
    {
        // A model change without `dotnet ef migrations add` for every provider fails here (see Persistence/Migrations/README.md).
        using var db = CallbackDbContextOptions.Create(provider, CallbackDbContextOptions.For(provider, DummyConnectionString(provider)));

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), $"The {provider} migrations do not match the model.");
    }

    [Fact]
    public void The_providers_migrations_create_the_same_tables_and_columns()
    {
        var tables = Every.ToDictionary(p => p, provider =>
        {
            using var db = CallbackDbContextOptions.Create(provider, CallbackDbContextOptions.For(provider, DummyConnectionString(provider)));
            var model = db.Model;
            return model.GetEntityTypes()
                .SelectMany(e => e.GetProperties().Select(p => $"{e.GetTableName()}.{p.GetColumnName()} {(p.IsNullable ? "null" : "not null")}"))
                .Order().ToList();
        });

        Assert.Equal(tables[DatabaseProvider.Sqlite], tables[DatabaseProvider.Postgres]);
        Assert.Equal(tables[DatabaseProvider.Sqlite], tables[DatabaseProvider.SqlServer]);
    }

    static SqlServerCallbackDbContext SqlServerWithoutAServer() =>
        new(CallbackDbContextOptions.For(DatabaseProvider.SqlServer,
            "Server=nowhere.invalid;Database=callback;User Id=sa;Password=unused;TrustServerCertificate=true"));

    /// <summary>Quartz's SQL Server script names its tables in uppercase after the prefix: <c>qrtz_JOB_DETAILS</c>.</summary>
    static string SqlServerName(string table) => "qrtz_" + table["qrtz_".Length..].ToUpperInvariant();

    static string DummyConnectionString(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => "Data Source=unused.db",
        DatabaseProvider.Postgres => "Host=nowhere.invalid;Database=callback",
        _ => "Server=nowhere.invalid;Database=callback;TrustServerCertificate=true",
    };
}
