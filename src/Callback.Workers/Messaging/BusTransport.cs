namespace Callback.Workers.Messaging;

/// <summary><c>Bus:Transport</c>: how the processes of the callback service talk.</summary>
public static class BusTransport
{
    public const string Key = "Bus:Transport";
    public const string ConnectionStringName = "RabbitMq";

    /// <summary>One process: the web tier, the workers and the simulator share an in-memory bus.</summary>
    public const string InMemory = "InMemory";

    /// <summary>Several processes over RabbitMQ (<c>ConnectionStrings:RabbitMq</c>).</summary>
    public const string RabbitMq = "RabbitMq";

    public static string Of(IConfiguration configuration)
    {
        var transport = configuration[Key];
        if (string.IsNullOrWhiteSpace(transport) || string.Equals(transport, InMemory, StringComparison.OrdinalIgnoreCase))
            return InMemory;
        if (string.Equals(transport, RabbitMq, StringComparison.OrdinalIgnoreCase))
            return RabbitMq;

        throw new InvalidOperationException($"{Key} is '{transport}'; it must be {InMemory} or {RabbitMq}.");
    }

    /// <summary>The broker of <c>ConnectionStrings:RabbitMq</c>, e.g. <c>amqp://user:pass@host:5672/vhost</c>.</summary>
    public static Uri RabbitMqAddress(IConfiguration configuration)
    {
        var text = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(text))
            throw new InvalidOperationException($"{Key} is {RabbitMq} but ConnectionStrings:{ConnectionStringName} is not set.");
        if (!Uri.TryCreate(text, UriKind.Absolute, out var address) || address.Scheme is not ("amqp" or "amqps" or "rabbitmq" or "rabbitmqs"))
            throw new InvalidOperationException($"ConnectionStrings:{ConnectionStringName} must be an amqp:// address such as amqp://user:pass@host:5672/vhost.");

        return address;
    }
}
