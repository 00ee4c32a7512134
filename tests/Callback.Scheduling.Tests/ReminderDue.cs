namespace Callback.Scheduling.Tests;

public sealed record ReminderDue(Guid ReminderId);
