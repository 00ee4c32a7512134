using System.Net.Mime;
using System.Text.Json;
using MassTransit;
using MassTransit.Serialization;
using Quartz;

namespace Callback.Sagas.Messaging.Scheduling;

/// <summary>
/// Sends a scheduled message as its sender sent it: the stored body through the serializer that wrote it, with the
/// sender's ids, addresses and headers, plus the scheduling token that lets a saga tell a current timer from a stale one.
/// </summary>
internal sealed class ScheduledMessagePipe(JobDataMap data, TimeSpan? timeToLive) :
    IPipe<SendContext>
{
    public Task Send(SendContext context)
    {
        var destination = new Uri(data.Required(ScheduledMessageData.Destination));
        var headers = StoredHeaders();

        var deserializer = context.Serialization.GetMessageDeserializer(new ContentType(data.Required(ScheduledMessageData.ContentType)));
        var message = deserializer.Deserialize(deserializer.GetMessageBody(data.Required(ScheduledMessageData.Body)), headers, destination);

        context.MessageId = Id(ScheduledMessageData.MessageId) ?? context.MessageId;
        context.CorrelationId = Id(ScheduledMessageData.CorrelationId);
        context.ConversationId = Id(ScheduledMessageData.ConversationId);
        context.InitiatorId = Id(ScheduledMessageData.InitiatorId);
        context.RequestId = Id(ScheduledMessageData.RequestId);
        context.SourceAddress = Address(ScheduledMessageData.SourceAddress);
        context.ResponseAddress = Address(ScheduledMessageData.ResponseAddress);
        context.FaultAddress = Address(ScheduledMessageData.FaultAddress);
        context.TimeToLive = timeToLive;

        if (data.Optional(ScheduledMessageData.MessageType) is { } messageTypes)
            context.SupportedMessageTypes = messageTypes.Split(';');

        foreach (var (key, value) in headers.GetAll())
            context.Headers.Set(key, value);

        // MassTransit's saga Schedule(...) accepts a timer only when this matches the token it stored.
        context.Headers.Set(MessageHeaders.SchedulingTokenId, Guid.ParseExact(data.Required(ScheduledMessageData.TokenId), "N"));

        // Serializes the stored message again, under the ids and headers set above.
        context.Serializer = message.GetMessageSerializer();

        return Task.CompletedTask;
    }

    public void Probe(ProbeContext context) => context.CreateScope("scheduledMessage");

    DictionarySendHeaders StoredHeaders()
    {
        var headers = new DictionarySendHeaders();
        if (data.Optional(ScheduledMessageData.HeadersAsJson) is { } json)
        {
            var stored = JsonSerializer.Deserialize<Dictionary<string, object?>>(json, SystemTextJsonMessageSerializer.Options) ?? [];
            foreach (var (key, value) in stored)
            {
                if (value is not null)
                    headers.Set(key, value);
            }
        }

        return headers;
    }

    Guid? Id(string key) => data.Optional(key) is { } text ? Guid.Parse(text) : null;

    Uri? Address(string key) => data.Optional(key) is { } text ? new Uri(text) : null;
}
