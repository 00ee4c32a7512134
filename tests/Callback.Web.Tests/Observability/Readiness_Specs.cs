using System.Net;
using Callback.Testing;
using Callback.Workers.Observability;
using Npgsql;

namespace Callback.Web.Tests.Observability;

/// <summary>
/// <c>/health/ready</c> of the web tier follows its servers for real: the connection to a real RabbitMQ or PostgreSQL runs
/// through a relay the test cuts, as a network failure would, and restores. <c>/health/live</c> stays up throughout, so an
/// orchestrator takes the process out of rotation without restarting it.
/// </summary>
public sealed class Readiness_Specs
{
    [Fact]
    public async Task Readiness_fails_while_the_broker_is_unreachable_and_recovers_when_it_is_back()
    {
        await using var vhost = await RabbitMqVirtualHost.CreateAsync();
        await using var relay = TcpProxy.To(vhost.Address.Host, vhost.Address.Port);
        await using var host = new GenesysApiHost(new Dictionary<string, string?>
        {
            ["Bus:Transport"] = "RabbitMq",
            ["ConnectionStrings:RabbitMq"] = new UriBuilder(vhost.Address) { Port = relay.Port }.Uri.ToString(),
        }, realTime: true);
        var client = host.CreateClient();

        var ready = await HealthProbe.Until(client, CallbackHealthChecks.ReadyPath, HttpStatusCode.OK, "readiness with the broker up");
        Assert.Equal("Healthy", HealthProbe.CheckStatus(ready, BrokerConnectionHealthCheck.Name));

        relay.Cut();
        var down = await HealthProbe.Until(client, CallbackHealthChecks.ReadyPath, HttpStatusCode.ServiceUnavailable, "readiness to fail without the broker");
        Assert.Equal("Unhealthy", HealthProbe.CheckStatus(down, BrokerConnectionHealthCheck.Name));
        Assert.Equal("Healthy", HealthProbe.CheckStatus(down, CallbackHealthChecks.DatabaseCheck));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(CallbackHealthChecks.LivePath)).StatusCode);

        relay.Restore();
        await HealthProbe.Until(client, CallbackHealthChecks.ReadyPath, HttpStatusCode.OK, "readiness once the broker is back");
    }

    [Fact]
    public async Task Readiness_fails_while_the_database_is_unreachable_and_recovers_when_it_is_back()
    {
        var server = new NpgsqlConnectionStringBuilder(TestServers.Postgres);
        var name = $"callback_health_{Guid.NewGuid():N}";
        await OnServer(server, $"CREATE DATABASE {name}");
        try
        {
            await using var relay = TcpProxy.To(server.Host!, server.Port);
            await using var host = new GenesysApiHost(new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Postgres",
                ["ConnectionStrings:Callback"] = new NpgsqlConnectionStringBuilder(server.ConnectionString)
                {
                    Database = name, Host = "127.0.0.1", Port = relay.Port,
                }.ConnectionString,
                // The web tier alone: readiness is the database and the (in-memory) bus.
                ["Workers:Enabled"] = "false",
            }, realTime: true);
            var client = host.CreateClient();

            await HealthProbe.Until(client, CallbackHealthChecks.ReadyPath, HttpStatusCode.OK, "readiness with the database up");

            relay.Cut();
            var down = await HealthProbe.Until(client, CallbackHealthChecks.ReadyPath, HttpStatusCode.ServiceUnavailable, "readiness to fail without the database");
            Assert.Equal("Unhealthy", HealthProbe.CheckStatus(down, CallbackHealthChecks.DatabaseCheck));
            Assert.Equal("Healthy", HealthProbe.CheckStatus(down, "masstransit-bus"));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(CallbackHealthChecks.LivePath)).StatusCode);

            relay.Restore();
            await HealthProbe.Until(client, CallbackHealthChecks.ReadyPath, HttpStatusCode.OK, "readiness once the database is back");
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await OnServer(server, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        }
    }

    static async Task OnServer(NpgsqlConnectionStringBuilder server, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = "postgres", Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
