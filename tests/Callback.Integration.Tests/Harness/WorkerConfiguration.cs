using Callback.Testing;

namespace Callback.Integration.Tests.Harness;

/// <summary>
/// What a test's worker is configured with: the keys of the README's configuration table, spelled out as an operator
/// would write them, since they are the contract these tests hold the workers to.
/// </summary>
public static class WorkerConfiguration
{
    /// <summary>
    /// RabbitMQ at <paramref name="broker"/> and the PostgreSQL database of <paramref name="database"/>; a simulated
    /// contact center whose customers answer at once and always reach an agent; Quartz's clustered job store in the same
    /// database. The job store is set explicitly, not left to defaults that are still moving (Quartz's tables going into
    /// the migrations, the database store becoming the default on PostgreSQL), so the tests mean the same either way.
    /// <paramref name="settings"/> add to or replace any of it.
    /// </summary>
    public static IReadOnlyDictionary<string, string> For(Uri broker, string database, IReadOnlyDictionary<string, string>? settings = null) =>
        Merge(Broker(broker), new Dictionary<string, string>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Callback"] = database,
            ["Database:MigrateOnStart"] = "true",
            ["Scheduler:JobStore"] = "Database",
            ["Scheduler:Clustered"] = "true",
            ["Scheduler:SchemaProvisioning"] = "CreateIfMissing",
            ["Telephony:Mode"] = "Simulated",
        }, InstantContactCenter, settings);

    /// <summary>
    /// The simulator as a process of its own (<c>Workers:Role = Simulator</c>) on <paramref name="broker"/>, with the same
    /// instant contact center: no database setting at all, since it must need none.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Simulator(Uri broker, IReadOnlyDictionary<string, string>? settings = null) =>
        Merge(Broker(broker), new Dictionary<string, string> { ["Workers:Role"] = "Simulator" }, InstantContactCenter, settings);

    /// <summary>Customers answer at once as persons, agents are free at once, every reservation and routing works.</summary>
    static readonly Dictionary<string, string> InstantContactCenter =
        ReliableContactCenter.Settings().ToDictionary(setting => setting.Key, setting => setting.Value!);

    static Dictionary<string, string> Broker(Uri broker) => new()
    {
        ["Bus:Transport"] = "RabbitMq",
        ["ConnectionStrings:RabbitMq"] = broker.ToString(),

        // The health and metrics endpoints on a port of each process's own: tests run several workers side by side.
        ["Urls"] = "http://127.0.0.1:0",

        // One line per entry, with the time, and no colour codes: readable in the test output.
        ["Logging:Console:FormatterName"] = "simple",
        ["Logging:Console:FormatterOptions:SingleLine"] = "true",
        ["Logging:Console:FormatterOptions:TimestampFormat"] = "HH:mm:ss.fff ",
        ["Logging:Console:FormatterOptions:ColorBehavior"] = "Disabled",
    };

    static IReadOnlyDictionary<string, string> Merge(params IReadOnlyDictionary<string, string>?[] parts)
    {
        var configuration = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in parts.SelectMany(part => part ?? new Dictionary<string, string>()))
            configuration[key] = value;

        return configuration;
    }
}
