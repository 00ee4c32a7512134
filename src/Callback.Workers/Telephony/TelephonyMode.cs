using Callback.Workers.Messaging;

namespace Callback.Workers.Telephony;

/// <summary><c>Telephony:Mode</c>: who answers the saga's URS and SIP Server commands.</summary>
public static class TelephonyMode
{
    public const string Key = "Telephony:Mode";

    /// <summary>This process also runs the simulated URS and SIP Server.</summary>
    public const string Simulated = "Simulated";

    /// <summary>Real adapters (or the simulator) run as processes of their own.</summary>
    public const string External = "External";

    /// <summary>
    /// The configured mode. Unset, it is <see cref="Simulated"/> only in the one-process embedded default: a worker on a
    /// shared broker must not answer a real contact center's commands with a simulation unless told to.
    /// </summary>
    public static string Of(IConfiguration configuration)
    {
        var mode = configuration[Key];
        if (string.IsNullOrWhiteSpace(mode))
            return BusTransport.Of(configuration) == BusTransport.InMemory ? Simulated : External;
        if (string.Equals(mode, Simulated, StringComparison.OrdinalIgnoreCase))
            return Simulated;
        if (string.Equals(mode, External, StringComparison.OrdinalIgnoreCase))
            return External;

        throw new InvalidOperationException($"{Key} is '{mode}'; it must be {Simulated} or {External}.");
    }
}
