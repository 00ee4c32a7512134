using System.Globalization;
using System.Text.Json;
using MassTransit;
using MassTransit.Context;
using MassTransit.Scheduling;
using MassTransit.Serialization;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Callback.Sagas.Messaging.Scheduling;

/// <summary>
/// The scheduler's side of <c>UseMessageScheduler</c>: turns <see cref="ScheduleMessage"/> into a Quartz trigger that
/// carries the message, and <see cref="CancelScheduledMessage"/> into removing it. Both are idempotent, so a redelivered
/// command changes nothing.
/// </summary>
public sealed class ScheduleMessageConsumer(IScheduler scheduler, TimeProvider time, ILogger<ScheduleMessageConsumer> logger) :
    IConsumer<ScheduleMessage>,
    IConsumer<CancelScheduledMessage>
{
    /// <summary>How many of the endpoint's retries a cancel that found nothing waits for its schedule (see its definition).</summary>
    public const int OvertakingCancelRetries = 3;

    public async Task Consume(ConsumeContext<ScheduleMessage> context)
    {
        var message = context.Message;

        // The trigger is built on the scheduler's clock, so that its misfire arithmetic agrees with the scheduler's.
        var trigger = TriggerBuilder.Create(time)
            .WithIdentity(ScheduledMessageKeys.Trigger(message.CorrelationId))
            .ForJob(ScheduledMessageKeys.Job)
            .StartAt(new DateTimeOffset(DateTime.SpecifyKind(message.ScheduledTime, DateTimeKind.Utc)))
            // A time that passed while no scheduler was running is still a timer that is due: fire it at once after the restart.
            .WithSchedule(SimpleScheduleBuilder.Create().WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .UsingJobData(JobData(context))
            .Build();

        // Replacing is one store operation under Quartz's lock: scheduling a token again moves its timer, on any node.
        var (nextFire, outcome) = await scheduler.ScheduleTrigger(trigger, TriggerConflict.Replace, context.CancellationToken);

        if (logger.IsEnabled(LogLevel.Debug))
            logger.LogDebug("Scheduled {MessageType} to {Destination} at {FireTime} under token {TokenId} ({Outcome})",
                message.PayloadType.FirstOrDefault(), message.Destination, nextFire, message.CorrelationId, outcome);
    }

    public async Task Consume(ConsumeContext<CancelScheduledMessage> context)
    {
        var tokenId = context.Message.TokenId;

        if (await scheduler.UnscheduleJob(ScheduledMessageKeys.Trigger(tokenId), context.CancellationToken))
        {
            if (logger.IsEnabled(LogLevel.Debug))
                logger.LogDebug("Cancelled the message scheduled under token {TokenId}", tokenId);
            return;
        }

        // A schedule always precedes its cancel, but on another node it may not be stored yet: the endpoint's retry
        // tries again shortly, and a schedule stored meanwhile is cancelled instead of firing later for nothing.
        if (context.GetRetryAttempt() < OvertakingCancelRetries)
            throw new ScheduledMessageNotFoundException(tokenId);

        // The message was sent already, or was never scheduled. Neither is a failure.
        if (logger.IsEnabled(LogLevel.Information))
            logger.LogInformation("Nothing to cancel under token {TokenId}: already sent, or never scheduled", tokenId);
    }

    static JobDataMap JobData(ConsumeContext<ScheduleMessage> context)
    {
        var message = context.Message;

        // The payload is serialized the way the sender's serializer would have sent it, envelope and all.
        var serializer = context.SerializerContext.GetMessageSerializer(message.Payload, message.PayloadType);
        var body = serializer.GetMessageBody(new MessageSendContext<ScheduleMessage>(message, context.CancellationToken));

        var data = new JobDataMap
        {
            [ScheduledMessageData.Destination] = message.Destination.ToString(),
            [ScheduledMessageData.Body] = body.GetString(),
            [ScheduledMessageData.ContentType] = serializer.ContentType.ToString(),
            [ScheduledMessageData.MessageType] = string.Join(';', message.PayloadType),
            [ScheduledMessageData.TokenId] = message.CorrelationId.ToString("N"),
            [ScheduledMessageData.HeadersAsJson] = JsonSerializer.Serialize(
                context.Headers.GetAll().DistinctBy(h => h.Key).ToDictionary(h => h.Key, h => h.Value), SystemTextJsonMessageSerializer.Options),
        };

        // The scheduled message's own ids: its sender set them on the ScheduleMessage that carried it.
        Put(data, ScheduledMessageData.MessageId, context.MessageId);
        Put(data, ScheduledMessageData.CorrelationId, context.CorrelationId);
        Put(data, ScheduledMessageData.ConversationId, context.ConversationId);
        Put(data, ScheduledMessageData.InitiatorId, context.InitiatorId);
        Put(data, ScheduledMessageData.RequestId, context.RequestId);
        Put(data, ScheduledMessageData.SourceAddress, context.SourceAddress?.ToString());
        Put(data, ScheduledMessageData.ResponseAddress, context.ResponseAddress?.ToString());
        Put(data, ScheduledMessageData.FaultAddress, context.FaultAddress?.ToString());
        Put(data, ScheduledMessageData.ExpirationTime, context.ExpirationTime?.ToString("O", CultureInfo.InvariantCulture));

        return data;
    }

    static void Put(JobDataMap data, string key, Guid? value)
    {
        if (value is { } id)
            data[key] = id.ToString();
    }

    static void Put(JobDataMap data, string key, string? value)
    {
        if (value is not null)
            data[key] = value;
    }
}
