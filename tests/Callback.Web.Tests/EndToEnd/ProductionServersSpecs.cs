using Callback.Testing;

namespace Callback.Web.Tests.EndToEnd;

/// <summary>
/// Specs of the app on the servers it runs on in production: a RabbitMQ virtual host and a PostgreSQL database of the
/// spec's own, made before it and dropped after it.
/// </summary>
public abstract class ProductionServersSpecs :
    IAsyncLifetime
{
    RabbitMqVirtualHost _broker = null!;
    PostgresDatabase _database = null!;

    /// <summary>The keys that put the app on these servers.</summary>
    protected Dictionary<string, string?> Servers => new()
    {
        ["Bus:Transport"] = "RabbitMq",
        ["ConnectionStrings:RabbitMq"] = _broker.Address.ToString(),
        ["Database:Provider"] = "Postgres",
        ["ConnectionStrings:Callback"] = _database.ConnectionString,
    };

    public async Task InitializeAsync()
    {
        _broker = await RabbitMqVirtualHost.CreateAsync();
        _database = await PostgresDatabase.CreateAsync();
    }

    public async Task DisposeAsync()
    {
        await _broker.DisposeAsync();
        await _database.DisposeAsync();
    }
}
