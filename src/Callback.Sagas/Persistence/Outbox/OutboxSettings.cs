using Microsoft.Extensions.Configuration;

namespace Callback.Sagas.Persistence.Outbox;

/// <summary>
/// The transactional inbox and outbox, read from configuration: <c>Outbox:DuplicateDetectionWindow</c> (default 30
/// minutes: how long a consumed message is remembered, so a redelivery within it is not consumed twice) and
/// <c>Outbox:CleanupInterval</c> (default 1 minute: how often older inbox rows are removed); for the bus outbox
/// <c>Outbox:SweepInterval</c> (default 5 seconds: how often each process looks for committed messages that no process
/// handed to delivery, such as those of a process that stopped right after its commit).
/// </summary>
public sealed record OutboxSettings
{
    public const string DuplicateDetectionWindowKey = "Outbox:DuplicateDetectionWindow";
    public const string CleanupIntervalKey = "Outbox:CleanupInterval";
    public const string SweepIntervalKey = "Outbox:SweepInterval";

    public TimeSpan DuplicateDetectionWindow { get; init; } = TimeSpan.FromMinutes(30);

    public TimeSpan CleanupInterval { get; init; } = TimeSpan.FromMinutes(1);

    public TimeSpan SweepInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Messages sent to the broker per pass. A transition sends a handful, so all of them go in one pass (MassTransit's
    /// default of one would take a transaction per message).
    /// </summary>
    public int MessageDeliveryLimit { get; init; } = 100;

    public static OutboxSettings From(IConfiguration configuration) =>
        new()
        {
            DuplicateDetectionWindow = Positive(configuration, DuplicateDetectionWindowKey) ?? TimeSpan.FromMinutes(30),
            CleanupInterval = Positive(configuration, CleanupIntervalKey) ?? TimeSpan.FromMinutes(1),
            SweepInterval = Positive(configuration, SweepIntervalKey) ?? TimeSpan.FromSeconds(5),
        };

    static TimeSpan? Positive(IConfiguration configuration, string key)
    {
        var text = configuration[key];
        if (string.IsNullOrWhiteSpace(text))
            return null;
        if (!TimeSpan.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var value) || value <= TimeSpan.Zero)
            throw new InvalidOperationException($"{key} must be a positive duration such as 00:30:00, not '{text}'.");
        return value;
    }
}
