using Callback.Sagas.Persistence;

namespace Callback.Benchmarks.Hosting;

/// <summary>The configuration keys of a worker on RabbitMQ and PostgreSQL, as an operator would set them (README, "Configuration").</summary>
public static class WorkerSettings
{
    /// <summary>
    /// The session saga alone: telephony is external (no simulator in the process), timers on the database.
    /// <paramref name="connectionOptions"/> are Npgsql options appended to the database's connection string.
    /// </summary>
    public static Dictionary<string, string?> For(Uri broker, BenchDatabase database, string? connectionOptions = null)
    {
        var settings = new Dictionary<string, string?>(database.Settings)
        {
            ["Bus:Transport"] = "RabbitMq",
            ["ConnectionStrings:RabbitMq"] = broker.ToString(),
            ["Telephony:Mode"] = "External",
        };
        if (!string.IsNullOrWhiteSpace(connectionOptions))
            settings[$"ConnectionStrings:{CallbackDatabaseSettings.ConnectionStringName}"] = $"{database.ConnectionString};{connectionOptions}";
        return settings;
    }
}
