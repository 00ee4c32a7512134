using Callback.Workers.Telephony.Simulated;
using Microsoft.Extensions.Options;

namespace Callback.Workers.Tests.Telephony.Simulated;

static class Planners
{
    /// <summary>A planner on the default options, changed by <paramref name="change"/>.</summary>
    public static CallOutcomePlanner With(Action<SimulatedTelephonyOptions>? change = null)
    {
        var options = new SimulatedTelephonyOptions();
        change?.Invoke(options);
        return new CallOutcomePlanner(Options.Create(options));
    }

    /// <summary>Every call answered, and by a person.</summary>
    public static void EveryCallReachesAPerson(SimulatedTelephonyOptions options)
    {
        options.AnswerProbability = 1;
        options.Answers.Human = 1;
        options.Answers.AnsweringMachine = 0;
        options.Answers.Fax = 0;
    }
}
