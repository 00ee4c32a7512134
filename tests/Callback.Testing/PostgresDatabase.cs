using Callback.Sagas.Persistence;
using Npgsql;

namespace Callback.Testing;

/// <summary>
/// An empty PostgreSQL database of its own for one test, on the server of <c>CALLBACK_TEST_POSTGRES</c>; the processes
/// under test migrate it when they start. Dropped on dispose, even while a killed worker's connections are still open.
/// </summary>
public sealed class PostgresDatabase :
    IAsyncDisposable
{
    readonly string _server;
    readonly string _name;

    PostgresDatabase(string server, string name)
    {
        _server = server;
        _name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        Contexts = new CallbackDbContextFactory(DatabaseProvider.Postgres, ConnectionString);
    }

    /// <summary>For the processes' <c>ConnectionStrings:Callback</c>.</summary>
    public string ConnectionString { get; }

    /// <summary>The service's own model, to read what the processes stored.</summary>
    public CallbackDbContextFactory Contexts { get; }

    public static async Task<PostgresDatabase> CreateAsync()
    {
        var server = TestServers.Postgres;
        var name = $"callback_test_{Guid.NewGuid():N}";
        await ExecuteOnServer(server, $"CREATE DATABASE {name}");
        return new PostgresDatabase(server, name);
    }

    public async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        using (var connection = new NpgsqlConnection(ConnectionString))
            NpgsqlConnection.ClearPool(connection);
        await ExecuteOnServer(_server, $"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
    }

    static async Task ExecuteOnServer(string server, string sql)
    {
        var maintenance = new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString;
        await using var connection = new NpgsqlConnection(maintenance);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
