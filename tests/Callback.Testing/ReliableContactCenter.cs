using System.Globalization;

namespace Callback.Testing;

/// <summary>
/// The simulated contact center (<c>Telephony:Simulated:*</c>) for specs that run whole sessions to an agent: every call
/// reaches a person, every reservation and routing works, and each step (EWT report, agent available, ringing,
/// reservation, routing) takes <c>stepSeconds</c>, 0 being at once. The session's path is certain; only its pace is chosen.
/// </summary>
public static class ReliableContactCenter
{
    public static Dictionary<string, string?> Settings(double stepSeconds = 0)
    {
        var step = stepSeconds.ToString(CultureInfo.InvariantCulture);
        return new Dictionary<string, string?>
        {
            ["Telephony:Simulated:EwtSeconds"] = step,
            ["Telephony:Simulated:AgentAvailableAfterSeconds"] = step,
            ["Telephony:Simulated:RingSeconds"] = step,
            ["Telephony:Simulated:AnswerProbability"] = "1",
            ["Telephony:Simulated:Answers:Human"] = "1",
            ["Telephony:Simulated:Answers:AnsweringMachine"] = "0",
            ["Telephony:Simulated:Answers:Fax"] = "0",
            ["Telephony:Simulated:ReservationSeconds"] = step,
            ["Telephony:Simulated:ReservationSuccessProbability"] = "1",
            ["Telephony:Simulated:RoutingSeconds"] = step,
            ["Telephony:Simulated:RoutingSuccessProbability"] = "1",
        };
    }

    /// <summary>These settings with <paramref name="more"/> added, or in place of the same keys.</summary>
    public static Dictionary<string, string?> With(this Dictionary<string, string?> settings, IReadOnlyDictionary<string, string?> more)
    {
        var merged = new Dictionary<string, string?>(settings);
        foreach (var (key, value) in more)
            merged[key] = value;
        return merged;
    }
}
