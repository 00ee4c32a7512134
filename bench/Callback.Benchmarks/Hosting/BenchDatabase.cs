using Callback.Benchmarks.Measuring;
using Callback.Sagas.Persistence;
using Callback.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Callback.Benchmarks.Hosting;

/// <summary>
/// A PostgreSQL database of its own for one run, on the server named by <c>CALLBACK_TEST_POSTGRES</c>, with the schema
/// of the migrations (the <c>qrtz_</c> tables included); dropped again on dispose. Its own database also makes
/// <c>pg_stat_database</c> count this run's transactions only.
/// </summary>
public sealed class BenchDatabase :
    IAsyncDisposable
{
    readonly string _server;

    BenchDatabase(string server, string name)
    {
        _server = server;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    public string Name { get; }
    public string ConnectionString { get; }

    /// <summary>The keys with which the worker composition (<c>AddCallbackWorkers</c>) uses this database; it is migrated already.</summary>
    public Dictionary<string, string?> Settings => new()
    {
        [CallbackDatabaseSettings.ProviderKey] = nameof(DatabaseProvider.Postgres),
        [$"ConnectionStrings:{CallbackDatabaseSettings.ConnectionStringName}"] = ConnectionString,
        [CallbackDatabaseSettings.MigrateOnStartKey] = "false",
    };

    public static async Task<BenchDatabase> Migrated()
    {
        var server = TestServers.Postgres;
        var database = new BenchDatabase(server, $"callback_bench_{Guid.NewGuid():N}");
        await Execute(server, $"CREATE DATABASE {database.Name}");

        await using var db = new CallbackDbContextFactory(DatabaseProvider.Postgres, database.ConnectionString).CreateDbContext();
        await db.Database.MigrateAsync();
        return database;
    }

    /// <summary>The server's counters of this database now (PostgreSQL publishes them up to a second late).</summary>
    public async Task<DatabaseCounters> Counters()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT xact_commit, xact_rollback, tup_inserted, tup_updated, tup_deleted, tup_returned + tup_fetched FROM pg_stat_database WHERE datname = current_database()",
            connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new DatabaseCounters(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5));
    }

    public async Task<long> Count(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task Execute(string sql, int timeoutSeconds = 300)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = timeoutSeconds };
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        using (var connection = new NpgsqlConnection(ConnectionString))
            NpgsqlConnection.ClearPool(connection);
        await Execute(_server, $"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
    }

    static async Task Execute(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
