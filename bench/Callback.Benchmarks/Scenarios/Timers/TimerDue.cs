namespace Callback.Benchmarks.Scenarios.Timers;

/// <summary>The scheduled message of the timers scenario: which one it is, and when it was due.</summary>
public record TimerDue(int Number, DateTimeOffset DueAt);
