using Microsoft.Extensions.Diagnostics.HealthChecks;
using RabbitMQ.Client;

namespace Callback.Workers.Observability;

/// <summary>
/// Whether RabbitMQ takes a connection from this process: a connection of the check's own, kept open between checks and
/// opened again once it is lost. MassTransit's own <c>masstransit-bus</c> check watches the receive endpoints, but the
/// web tier has none (it only publishes), and MassTransit connects only when it first sends: without this check its
/// readiness would stay green with the broker gone.
/// </summary>
public sealed class BrokerConnectionHealthCheck(Uri broker) :
    IHealthCheck,
    IAsyncDisposable
{
    public const string Name = "rabbitmq";

    static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(5);

    readonly SemaphoreSlim _gate = new(1, 1);
    IConnection? _connection;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_connection is not { IsOpen: true })
                _connection = await Reconnect(cancellationToken);

            return HealthCheckResult.Healthy($"Connected to {_connection.Endpoint}");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"{broker.Host}:{broker.Port} does not take a connection: {exception.Message}", exception);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
            await _connection.DisposeAsync();
        _gate.Dispose();
    }

    async Task<IConnection> Reconnect(CancellationToken cancellationToken)
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
            _connection = null;
        }

        var factory = new ConnectionFactory
        {
            Uri = AmqpAddress(broker),
            RequestedConnectionTimeout = ConnectTimeout,
            // Lost is lost: the next check connects again, so its answer is about the broker now, not a recovery under way.
            AutomaticRecoveryEnabled = false,
        };
        return await factory.CreateConnectionAsync("callback health check", cancellationToken);
    }

    /// <summary>MassTransit also takes <c>rabbitmq://</c> addresses, which the RabbitMQ client does not.</summary>
    static Uri AmqpAddress(Uri address) =>
        address.Scheme switch
        {
            "rabbitmq" => new UriBuilder(address) { Scheme = "amqp", Port = address.IsDefaultPort ? 5672 : address.Port }.Uri,
            "rabbitmqs" => new UriBuilder(address) { Scheme = "amqps", Port = address.IsDefaultPort ? 5671 : address.Port }.Uri,
            _ => address,
        };
}
