using System.Globalization;
using Callback.Sagas.Observability;
using MassTransit;
using MassTransit.Serialization;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Callback.Sagas.Messaging.Scheduling;

/// <summary>
/// Fires one scheduled message: sends it to its destination through the bus. A send that fails (the broker is away)
/// fails the firing, and Quartz fires it again later under the retry policy below: five more times, 1 s to 16 s apart,
/// about half a minute in all, which outlasts a broker reconnect. A firing that fails them all is logged by Quartz
/// and dropped, as MassTransit.Quartz does. Each first firing records how late it came (<see cref="CallbackMetrics"/>);
/// retries do not, since their delay is the retry policy's, not the scheduler's.
/// </summary>
[RetryPolicy(5, "00:00:01", 2, MaxDelay = "00:00:30")]
public sealed class ScheduledMessageJob(IBus bus, TimeProvider time, CallbackMetrics metrics, ILogger<ScheduledMessageJob> logger) :
    IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        if (context.RetryAttempt == 0 && context.ScheduledFireTimeUtc is { } due)
            metrics.SchedulerFiredLate(context.FireTimeUtc - due);

        var data = context.MergedJobDataMap;
        var destination = new Uri(data.Required(ScheduledMessageData.Destination));
        var tokenId = data.Required(ScheduledMessageData.TokenId);

        TimeSpan? timeToLive = null;
        if (data.Optional(ScheduledMessageData.ExpirationTime) is { } expiration)
        {
            timeToLive = DateTime.Parse(expiration, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind).ToUniversalTime() - time.GetUtcNow().UtcDateTime;
            if (timeToLive <= TimeSpan.Zero)
            {
                // Its sender said it is worth nothing by now; sending it would only have the broker drop it.
                logger.LogWarning("The message scheduled under token {TokenId} for {Destination} expired at {ExpirationTime} before it was due; not sent",
                    tokenId, destination, expiration);
                return;
            }
        }

        try
        {
            var endpoint = await bus.GetSendEndpoint(destination);
            await endpoint.Send(new SerializedMessageBody(), new ScheduledMessagePipe(data, timeToLive), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            throw new JobExecutionException(
                $"Sending the message scheduled under token {tokenId} to {destination} failed (retry {context.RetryAttempt}).", exception);
        }

        if (logger.IsEnabled(LogLevel.Debug))
            logger.LogDebug("Sent the message scheduled under token {TokenId} to {Destination}", tokenId, destination);
    }
}
