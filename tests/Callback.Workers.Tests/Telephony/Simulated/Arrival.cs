namespace Callback.Workers.Tests.Telephony.Simulated;

/// <summary>An event as a consumer received it, and the test clock's time when it did.</summary>
sealed record Arrival<T>(T Message, DateTimeOffset At);
