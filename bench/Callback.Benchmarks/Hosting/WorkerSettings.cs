namespace Callback.Benchmarks.Hosting;

/// <summary>The configuration keys of a worker on RabbitMQ and PostgreSQL, as an operator would set them (README, "Configuration").</summary>
public static class WorkerSettings
{
    /// <summary>The session saga alone: telephony is external (no simulator in the process), timers on the database.</summary>
    public static Dictionary<string, string?> For(Uri broker, BenchDatabase database, params (string Key, string? Value)[] more)
    {
        var settings = new Dictionary<string, string?>(database.Settings)
        {
            ["Bus:Transport"] = "RabbitMq",
            ["ConnectionStrings:RabbitMq"] = broker.ToString(),
            ["Telephony:Mode"] = "External",
        };
        foreach (var (key, value) in more)
            settings[key] = value;
        return settings;
    }
}
