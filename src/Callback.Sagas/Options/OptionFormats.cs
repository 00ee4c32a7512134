using System.Collections.Frozen;
using System.Globalization;

namespace Callback.Sagas.Options;

/// <summary>
/// The text formats of GMS option values: booleans are <c>true</c>/<c>false</c> in any case, durations are whole
/// seconds (the request time bucket whole minutes), lists are comma-separated. Texts arrive already trimmed.
/// </summary>
internal static class OptionFormats
{
    /// <summary><see cref="bool.TryParse(string?, out bool)"/> takes <c>true</c>/<c>false</c> in any case, as GMS does.</summary>
    public static readonly OptionFormat<bool> Boolean = new("true or false", bool.TryParse);

    public static readonly OptionFormat<int> WholeNumber = new("a whole number", TryReadWholeNumber);

    public static readonly OptionFormat<TimeSpan> Seconds = new("a whole number of seconds", (string text, out TimeSpan value) =>
    {
        var read = TryReadWholeNumber(text, out var seconds);
        value = TimeSpan.FromSeconds(seconds);
        return read;
    });

    public static readonly OptionFormat<TimeSpan> Minutes = new("a whole number of minutes", (string text, out TimeSpan value) =>
    {
        var read = TryReadWholeNumber(text, out var minutes);
        value = TimeSpan.FromMinutes(minutes);
        return read;
    });

    public static readonly OptionFormat<string> Text = new("text", (string text, out string value) =>
    {
        value = text;
        return true;
    });

    /// <summary>Keywords such as <c>voice</c>, which GMS writes in lower case.</summary>
    public static readonly OptionFormat<string> Keyword = new("a keyword", (string text, out string value) =>
    {
        value = text.ToLowerInvariant();
        return true;
    });

    public static readonly OptionFormat<IReadOnlyList<string>> NameList =
        new("a comma-separated list of names", (string text, out IReadOnlyList<string> value) =>
        {
            value = SplitNames(text);
            return true;
        });

    /// <summary>Option names, compared without case as configuration keys are.</summary>
    public static readonly OptionFormat<IReadOnlySet<string>> NameSet =
        new("a comma-separated list of names", (string text, out IReadOnlySet<string> value) =>
        {
            value = SplitNames(text).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
            return true;
        });

    public static readonly OptionFormat<CalendarPeriod> Period =
        new("a positive whole number followed by y, M, w, d, h or m, e.g. 1M", CalendarPeriod.TryParse);

    public static readonly OptionFormat<CallDirection> Direction = new("USERORIGINATED or USERTERMINATED", (string text, out CallDirection value) =>
    {
        (var read, value) = text.ToUpperInvariant() switch
        {
            "USERORIGINATED" => (true, CallDirection.UserOriginated),
            "USERTERMINATED" => (true, CallDirection.UserTerminated),
            _ => (false, default),
        };
        return read;
    });

    public static readonly OptionFormat<InQueueChecking> QueueChecking = new("true, false or strict", (string text, out InQueueChecking value) =>
    {
        (var read, value) = text.ToLowerInvariant() switch
        {
            "true" => (true, InQueueChecking.On),
            "false" => (true, InQueueChecking.Off),
            "strict" => (true, InQueueChecking.Strict),
            _ => (false, default),
        };
        return read;
    });

    /// <summary>GMS enables status notifications with <c>subscribe_notify</c>; <c>true</c> and <c>false</c> read as booleans do.</summary>
    public static readonly OptionFormat<bool> StatusNotificationSwitch = new("subscribe_notify, true or false", (string text, out bool value) =>
    {
        (var read, value) = text.ToLowerInvariant() switch
        {
            "subscribe_notify" or "true" => (true, true),
            "false" => (true, false),
            _ => (false, false),
        };
        return read;
    });

    static bool TryReadWholeNumber(string text, out int value) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    static string[] SplitNames(string text) =>
        text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
