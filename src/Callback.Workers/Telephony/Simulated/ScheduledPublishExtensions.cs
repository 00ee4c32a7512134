using MassTransit;

namespace Callback.Workers.Telephony.Simulated;

static class ScheduledPublishExtensions
{
    /// <summary>
    /// Publishes an event that happens <paramref name="delay"/> from now on <paramref name="time"/> through the message
    /// scheduler, so no consumer sits waiting for a simulated phone to ring. The due time is taken from the consumer's
    /// clock, not from MassTransit's <c>DateTime.UtcNow + delay</c>, so the event arrives when that clock says it happens.
    /// </summary>
    public static Task PublishAfter<T>(this ConsumeContext context, TimeProvider time, TimeSpan delay, T message)
        where T : class =>
        delay > TimeSpan.Zero
            ? context.SchedulePublish((time.GetUtcNow() + delay).UtcDateTime, message, context.CancellationToken)
            : context.Publish(message, context.CancellationToken);
}
