using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Callback.Workers.Tests.Telephony.Simulated;

/// <summary>
/// <c>Telephony:Simulated</c> configuration for a test: by default every call is answered by a person and every
/// reservation and routing works, with the short delays below; a test changes what it is about with <see cref="With"/>.
/// </summary>
sealed class SimulatedSettings
{
    public static readonly TimeSpan AgentWait = TimeSpan.FromSeconds(20);
    public static readonly TimeSpan Ring = TimeSpan.FromSeconds(6);
    public static readonly TimeSpan Failure = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan Reservation = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan Routing = TimeSpan.FromSeconds(2);

    readonly Dictionary<string, string?> _values = new()
    {
        ["EwtSeconds"] = "30",
        ["AgentAvailableAfterSeconds"] = Text(AgentWait.TotalSeconds),
        ["RingSeconds"] = Text(Ring.TotalSeconds),
        ["NoAnswerSeconds"] = "30",
        ["FailureSeconds"] = Text(Failure.TotalSeconds),
        ["AnswerProbability"] = "1",
        ["Answers:Human"] = "1",
        ["Answers:AnsweringMachine"] = "0",
        ["Answers:Fax"] = "0",
        ["ReservationSeconds"] = Text(Reservation.TotalSeconds),
        ["ReservationSuccessProbability"] = "1",
        ["RoutingSeconds"] = Text(Routing.TotalSeconds),
        ["RoutingSuccessProbability"] = "1",
    };

    /// <summary>Sets a key of the section, e.g. <c>With("Numbers:+15105551234", "busy,human")</c>.</summary>
    public SimulatedSettings With(string key, object value)
    {
        _values[key] = Text(value);
        return this;
    }

    public IConfiguration Build() =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(_values.Select(v => KeyValuePair.Create($"Telephony:Simulated:{v.Key}", v.Value)))
            .Build();

    static string? Text(object value) => Convert.ToString(value, CultureInfo.InvariantCulture);
}
