using MassTransit;

namespace Callback.Workers.Telephony.Simulated;

static class ScheduledPublishExtensions
{
    /// <summary>
    /// Publishes an event that happens <paramref name="delay"/> from now through the message scheduler (the durable one
    /// in production, the in-memory one in tests), so no consumer sits waiting for a simulated phone to ring.
    /// </summary>
    public static Task PublishAfter<T>(this ConsumeContext context, TimeSpan delay, T message)
        where T : class =>
        delay > TimeSpan.Zero
            ? context.SchedulePublish(delay, message, context.CancellationToken)
            : context.Publish(message, context.CancellationToken);
}
