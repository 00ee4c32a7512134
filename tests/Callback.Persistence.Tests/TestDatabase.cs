using Callback.Sagas.Persistence;
using Callback.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Callback.Persistence.Tests;

/// <summary>
/// A fresh, empty database of its own for one test: a temporary SQLite file, or a uniquely named PostgreSQL database on
/// the server named by <c>CALLBACK_TEST_POSTGRES</c> (scripts/services.sh starts one). Dropped again on dispose.
/// </summary>
public sealed class TestDatabase :
    IAsyncDisposable
{
    readonly string? _sqliteFile;
    readonly string? _postgresServer;
    readonly string? _postgresName;

    TestDatabase(DatabaseProvider provider, string connectionString, string? sqliteFile, string? postgresServer, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _sqliteFile = sqliteFile;
        _postgresServer = postgresServer;
        _postgresName = postgresName;
        Contexts = new CallbackDbContextFactory(provider, connectionString);
    }

    /// <summary>The providers every repository and booking behaviour is specified against.</summary>
    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.Postgres };

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }
    public CallbackDbContextFactory Contexts { get; }

    /// <summary>The configuration keys <c>AddCallbackDatabase</c> reads, pointing at this database.</summary>
    public IConfiguration Configuration(bool migrateOnStart = false) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [CallbackDatabaseSettings.ProviderKey] = Provider.ToString(),
                [$"ConnectionStrings:{CallbackDatabaseSettings.ConnectionStringName}"] = ConnectionString,
                [CallbackDatabaseSettings.MigrateOnStartKey] = migrateOnStart.ToString(),
            })
            .Build();

    /// <summary>An empty database, not migrated.</summary>
    public static async Task<TestDatabase> Create(DatabaseProvider provider)
    {
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                var file = Path.Combine(Path.GetTempPath(), $"callback-test-{Guid.NewGuid():N}.db");
                return new TestDatabase(provider, $"Data Source={file}", file, null, null);

            case DatabaseProvider.Postgres:
                var server = TestServers.Postgres;
                var name = $"callback_test_{Guid.NewGuid():N}";
                await Execute(server, $"CREATE DATABASE {name}");
                var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
                return new TestDatabase(provider, connectionString, null, server, name);

            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, "SQL Server cannot run here.");
        }
    }

    /// <summary>An empty database with the schema of the migrations.</summary>
    public static async Task<TestDatabase> Migrated(DatabaseProvider provider)
    {
        var database = await Create(provider);
        await using var db = database.Contexts.CreateDbContext();
        await db.Database.MigrateAsync();
        return database;
    }

    public CallbackDbContext Context() => Contexts.CreateDbContext();

    public async ValueTask DisposeAsync()
    {
        if (_sqliteFile is not null)
        {
            using (var connection = new SqliteConnection(ConnectionString))
                SqliteConnection.ClearPool(connection);
            foreach (var file in new[] { _sqliteFile, _sqliteFile + "-wal", _sqliteFile + "-shm" })
                File.Delete(file);
        }

        if (_postgresServer is not null)
        {
            using (var connection = new NpgsqlConnection(ConnectionString))
                NpgsqlConnection.ClearPool(connection);
            await Execute(_postgresServer, $"DROP DATABASE IF EXISTS {_postgresName} WITH (FORCE)");
        }
    }

    static async Task Execute(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
