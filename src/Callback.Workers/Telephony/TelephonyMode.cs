namespace Callback.Workers.Telephony;

/// <summary><c>Telephony:Mode</c>: who answers the saga's URS and SIP Server commands.</summary>
public static class TelephonyMode
{
    public const string Key = "Telephony:Mode";

    /// <summary>This process also runs the simulated URS and SIP Server.</summary>
    public const string Simulated = "Simulated";

    /// <summary>Real adapters (or the simulator) run as processes of their own.</summary>
    public const string External = "External";

    public static string Of(IConfiguration configuration)
    {
        var mode = configuration[Key];
        if (string.IsNullOrWhiteSpace(mode) || string.Equals(mode, Simulated, StringComparison.OrdinalIgnoreCase))
            return Simulated;
        if (string.Equals(mode, External, StringComparison.OrdinalIgnoreCase))
            return External;

        throw new InvalidOperationException($"{Key} is '{mode}'; it must be {Simulated} or {External}.");
    }
}
