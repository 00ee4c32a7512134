using Microsoft.Extensions.Options;

namespace Callback.Workers.Telephony.Simulated;

/// <summary>
/// Refuses a simulation that cannot run (a probability above 1, a negative delay, a script with an unknown outcome)
/// when the host starts, naming the configuration key, rather than failing on the first call.
/// </summary>
public sealed class SimulatedTelephonyOptionsValidator :
    IValidateOptions<SimulatedTelephonyOptions>
{
    const string Section = SimulatedTelephonyOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, SimulatedTelephonyOptions options)
    {
        var errors = new List<string>();

        Seconds(errors, nameof(options.EwtSeconds), options.EwtSeconds);
        Seconds(errors, nameof(options.AgentAvailableAfterSeconds), options.AgentAvailableAfterSeconds);
        Seconds(errors, nameof(options.RingSeconds), options.RingSeconds);
        Seconds(errors, nameof(options.NoAnswerSeconds), options.NoAnswerSeconds);
        Seconds(errors, nameof(options.FailureSeconds), options.FailureSeconds);
        Seconds(errors, nameof(options.ReservationSeconds), options.ReservationSeconds);
        Seconds(errors, nameof(options.RoutingSeconds), options.RoutingSeconds);

        foreach (var (target, values) in options.Targets)
        {
            Seconds(errors, $"Targets:{target}:{nameof(values.EwtSeconds)}", values.EwtSeconds);
            Seconds(errors, $"Targets:{target}:{nameof(values.AgentAvailableAfterSeconds)}", values.AgentAvailableAfterSeconds);
            Seconds(errors, $"Targets:{target}:{nameof(values.ReservationSeconds)}", values.ReservationSeconds);
            if (values.ReservationSuccessProbability is { } probability)
                Probability(errors, $"Targets:{target}:{nameof(values.ReservationSuccessProbability)}", probability);
        }

        Probability(errors, nameof(options.AnswerProbability), options.AnswerProbability);
        Probability(errors, nameof(options.ReservationSuccessProbability), options.ReservationSuccessProbability);
        Probability(errors, nameof(options.RoutingSuccessProbability), options.RoutingSuccessProbability);

        var answers = options.Answers;
        Mix(errors, nameof(options.Answers), (nameof(answers.Human), answers.Human),
            (nameof(answers.AnsweringMachine), answers.AnsweringMachine), (nameof(answers.Fax), answers.Fax));

        var failures = options.Failures;
        Mix(errors, nameof(options.Failures), (nameof(failures.Busy), failures.Busy), (nameof(failures.NoAnswer), failures.NoAnswer),
            (nameof(failures.Rejected), failures.Rejected), (nameof(failures.NetworkError), failures.NetworkError));

        foreach (var (number, script) in options.Numbers)
        {
            if (!CallScript.TryParse(script, out _, out var error))
                errors.Add($"{Section}:Numbers:{number} {error}.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    static void Seconds(List<string> errors, string key, double? seconds)
    {
        if (seconds is { } value && !(double.IsFinite(value) && value >= 0))
            errors.Add($"{Section}:{key} must be a number of seconds, 0 or more (it is {value}).");
    }

    static void Probability(List<string> errors, string key, double probability)
    {
        if (!(probability is >= 0 and <= 1))
            errors.Add($"{Section}:{key} must be between 0 and 1 (it is {probability}).");
    }

    static void Mix(List<string> errors, string section, params (string Key, double Weight)[] weights)
    {
        foreach (var (key, weight) in weights.Where(w => !(double.IsFinite(w.Weight) && w.Weight >= 0)))
            errors.Add($"{Section}:{section}:{key} must be a weight, 0 or more (it is {weight}).");

        if (weights.All(w => w.Weight <= 0))
            errors.Add($"{Section}:{section} needs at least one weight above 0.");
    }
}
