namespace Callback.Scheduling.Tests;

public sealed record ReminderRequested(Guid ReminderId, DateTimeOffset At);
