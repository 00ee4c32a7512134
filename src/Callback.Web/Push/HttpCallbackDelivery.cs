using Callback.Sagas.Contracts.Push;
using Callback.Sagas.Observability;
using MassTransit;

namespace Callback.Web.Push;

/// <summary>
/// Makes one attempt of an HTTP callback and reports it to the session: delivered, or failed with the next attempt
/// scheduled (through the message scheduler, back to this endpoint) until <c>_max_notify_delivery_attempts</c>, then
/// given up. The first attempt is made by the consumer of the saga's request, the others by <see cref="HttpCallbackAttemptConsumer"/>.
/// </summary>
public sealed class HttpCallbackDelivery(HttpCallbackSender sender, HttpCallbackOptions options, CallbackMetrics metrics, TimeProvider time)
{
    public async Task Attempt(ConsumeContext context, HttpCallbackAttempt attempt)
    {
        var result = await sender.Post(attempt.Url, attempt.Body, context.CancellationToken);
        var now = time.GetUtcNow();

        if (result.Delivered)
        {
            metrics.PushDelivered(attempt.Channel, PushOutcomes.Delivered);
            await context.Publish(new PushDelivered
            {
                SessionId = attempt.SessionId, Notification = attempt.Notification, Channel = attempt.Channel, Destination = attempt.Url!,
                Attempt = attempt.Attempt, MaxAttempts = attempt.MaxAttempts, Outcome = result.Description, At = now,
            });
            return;
        }

        DateTimeOffset? next = result.Retryable && attempt.Attempt < attempt.MaxAttempts ? now + options.RetryAfter(attempt.Attempt) : null;
        metrics.PushDelivered(attempt.Channel, next is null ? PushOutcomes.GivenUp : PushOutcomes.Retrying);

        // Due on this process's clock, not DateTime.UtcNow, which MassTransit's TimeSpan overloads would add the delay to.
        if (next is { } due)
            await context.ScheduleSend(due.UtcDateTime, attempt with { Attempt = attempt.Attempt + 1 });

        await context.Publish(new PushDeliveryFailed
        {
            SessionId = attempt.SessionId, Notification = attempt.Notification, Channel = attempt.Channel, Destination = attempt.Url,
            Attempt = attempt.Attempt, MaxAttempts = attempt.MaxAttempts, Error = result.Description, NextAttemptAt = next, At = now,
        });
    }
}
