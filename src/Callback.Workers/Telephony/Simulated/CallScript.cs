using System.Diagnostics.CodeAnalysis;

namespace Callback.Workers.Telephony.Simulated;

/// <summary>
/// The outcomes a scripted customer number gives, one per dial attempt, e.g. <c>busy,no-answer,machine,human</c>.
/// Attempts beyond the script repeat its last outcome, so <c>human</c> alone answers every call.
/// </summary>
sealed class CallScript
{
    static readonly Dictionary<string, CallOutcome> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["human"] = CallOutcome.Human,
        ["machine"] = CallOutcome.AnsweringMachine,
        ["answering-machine"] = CallOutcome.AnsweringMachine,
        ["fax"] = CallOutcome.Fax,
        ["busy"] = CallOutcome.Busy,
        ["no-answer"] = CallOutcome.NoAnswer,
        ["rejected"] = CallOutcome.Rejected,
        ["network-error"] = CallOutcome.NetworkError,
    };

    readonly CallOutcome[] _outcomes;

    CallScript(CallOutcome[] outcomes) => _outcomes = outcomes;

    /// <summary>The outcome of a dial attempt, counted from 1 as the saga counts them.</summary>
    public CallOutcome ForAttempt(int attempt) => _outcomes[Math.Clamp(attempt, 1, _outcomes.Length) - 1];

    public static CallScript Parse(string text) =>
        TryParse(text, out var script, out var error) ? script : throw new FormatException(error);

    public static bool TryParse(string? text, [NotNullWhen(true)] out CallScript? script, [NotNullWhen(false)] out string? error)
    {
        script = null;
        var names = (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (names.Length == 0)
        {
            error = "lists no call outcome";
            return false;
        }

        var outcomes = new CallOutcome[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            if (!Names.TryGetValue(names[i], out outcomes[i]))
            {
                error = $"'{names[i]}' is not a call outcome; use {string.Join(", ", Names.Keys)}";
                return false;
            }
        }

        script = new CallScript(outcomes);
        error = null;
        return true;
    }
}
