using Callback.Workers.Messaging;

namespace Callback.Workers.Telephony;

/// <summary><c>Workers:Role</c>: what a worker process runs.</summary>
public static class WorkerRole
{
    public const string Key = "Workers:Role";

    /// <summary>The session saga on the database and the scheduler endpoint; with <c>Telephony:Mode = Simulated</c>, the simulator too.</summary>
    public const string Sessions = "Sessions";

    /// <summary>
    /// The simulated URS and SIP Server alone: no saga, no scheduler endpoint, no database. Its delayed answers go through
    /// the scheduler endpoint that the <see cref="Sessions"/> workers host, so it runs beside them, never instead of them.
    /// </summary>
    public const string Simulator = "Simulator";

    public static string Of(IConfiguration configuration)
    {
        var role = configuration[Key];
        if (string.IsNullOrWhiteSpace(role) || string.Equals(role, Sessions, StringComparison.OrdinalIgnoreCase))
            return Sessions;
        if (!string.Equals(role, Simulator, StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"{Key} is '{role}'; it must be {Sessions} or {Simulator}.");

        // On the in-memory bus nothing outside the process could send it a command, nor fire its timers.
        if (BusTransport.Of(configuration) == BusTransport.InMemory)
            throw new InvalidOperationException($"{Key} is {Simulator}, which serves workers over a broker: set {BusTransport.Key} to {BusTransport.RabbitMq}.");

        return Simulator;
    }
}
