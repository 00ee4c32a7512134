using MassTransit;

namespace Callback.Persistence.Tests;

/// <summary>Where the scheduled reminders go: notes when each arrived.</summary>
public sealed class ReminderConsumer(Reminders reminders, TimeProvider time) :
    IConsumer<Reminder>
{
    public const string QueueName = "reminder";

    public Task Consume(ConsumeContext<Reminder> context)
    {
        reminders.Arrived(context.Message.ReminderId, time.GetUtcNow());
        return Task.CompletedTask;
    }
}
