namespace Callback.Scheduling.Tests;

public sealed record ReminderMoved(Guid ReminderId, DateTimeOffset At);
