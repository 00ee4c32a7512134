namespace Callback.Persistence.Tests;

/// <summary>The message the scheduler specs schedule; <see cref="ReminderConsumer"/> receives it.</summary>
public sealed record Reminder(Guid ReminderId);
