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
    public static IReadOnlyDictionary<string, string> For(Uri broker, string database, IReadOnlyDictionary<string, string>? settings = null)
    {
        var configuration = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["Bus:Transport"] = "RabbitMq",
            ["ConnectionStrings:RabbitMq"] = broker.ToString(),
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Callback"] = database,
            ["Database:MigrateOnStart"] = "true",
            ["Scheduler:JobStore"] = "Database",
            ["Scheduler:Clustered"] = "true",
            ["Scheduler:SchemaProvisioning"] = "CreateIfMissing",
            ["Telephony:Mode"] = "Simulated",
            ["Telephony:Simulated:EwtSeconds"] = "0",
            ["Telephony:Simulated:AgentAvailableAfterSeconds"] = "0",
            ["Telephony:Simulated:RingSeconds"] = "0",
            ["Telephony:Simulated:AnswerProbability"] = "1",
            ["Telephony:Simulated:Answers:Human"] = "1",
            ["Telephony:Simulated:Answers:AnsweringMachine"] = "0",
            ["Telephony:Simulated:Answers:Fax"] = "0",
            ["Telephony:Simulated:ReservationSeconds"] = "0",
            ["Telephony:Simulated:ReservationSuccessProbability"] = "1",
            ["Telephony:Simulated:RoutingSeconds"] = "0",
            ["Telephony:Simulated:RoutingSuccessProbability"] = "1",

            // The health and metrics endpoints on a port of each worker's own: tests run several workers side by side.
            ["Urls"] = "http://127.0.0.1:0",

            // One line per entry, with the time, and no colour codes: readable in the test output.
            ["Logging:Console:FormatterName"] = "simple",
            ["Logging:Console:FormatterOptions:SingleLine"] = "true",
            ["Logging:Console:FormatterOptions:TimestampFormat"] = "HH:mm:ss.fff ",
            ["Logging:Console:FormatterOptions:ColorBehavior"] = "Disabled",
        };

        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            configuration[key] = value;

        return configuration;
    }
}
