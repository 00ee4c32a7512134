using System.Globalization;

namespace Callback.Web.Push;

/// <summary>
/// How HTTP callbacks (httpcb pushes and status notifications) are POSTed, from <c>Push:HttpCallback</c>:
/// <c>TimeoutSeconds</c> (default 10) and <c>RetryIntervals</c>, the waits in seconds after each failed attempt
/// (default <c>5,15,45</c>; the last repeats when <c>_max_notify_delivery_attempts</c> asks for more).
/// </summary>
public sealed record HttpCallbackOptions
{
    public const string SectionName = "Push:HttpCallback";

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    public IReadOnlyList<TimeSpan> RetryIntervals { get; init; } = [TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(45)];

    /// <summary>How long to wait after failed attempt <paramref name="attempt"/> (from 1).</summary>
    public TimeSpan RetryAfter(int attempt) => RetryIntervals[Math.Clamp(attempt - 1, 0, RetryIntervals.Count - 1)];

    /// <summary>Refuses values that would hammer a receiver or never send: they are an operator's mistake, found at start.</summary>
    public static HttpCallbackOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection(SectionName);
        var options = new HttpCallbackOptions();

        if (section["TimeoutSeconds"] is { Length: > 0 } timeout)
            options = options with { Timeout = TimeSpan.FromSeconds(Seconds(timeout, "TimeoutSeconds", minimum: 1)) };

        if (section["RetryIntervals"] is { Length: > 0 } intervals)
        {
            options = options with
            {
                RetryIntervals = [.. intervals.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                    .Select(interval => TimeSpan.FromSeconds(Seconds(interval, "RetryIntervals", minimum: 1)))],
            };
        }

        return options;
    }

    static double Seconds(string text, string key, double minimum) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= minimum
            ? seconds
            : throw new InvalidOperationException($"{SectionName}:{key} has '{text}': expected seconds, at least {minimum} each, comma-separated for RetryIntervals.");
}
