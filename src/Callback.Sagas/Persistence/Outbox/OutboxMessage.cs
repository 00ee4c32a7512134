using MassTransit;
using MassTransit.Middleware;

namespace Callback.Sagas.Persistence.Outbox;

/// <summary>
/// A message sent, published or scheduled by a consumer (the consumer outbox: <see cref="InboxMessageId"/> and
/// <see cref="InboxConsumerId"/> set) or by a <see cref="CallbackUnitOfWork"/> (the bus outbox: <see cref="OutboxId"/>
/// set), stored in the same transaction as the work it belongs to and sent to the broker only after that transaction
/// committed. It keeps everything MassTransit needs to send it later exactly as it would have been sent then
/// (<see cref="OutboxMessageContext"/>), headers and transport properties as JSON.
/// </summary>
public sealed class OutboxMessage :
    OutboxMessageContext
{
    Headers? _headers;
    IReadOnlyDictionary<string, object>? _properties;

    /// <summary>The order of the messages of one consumed message or one unit of work, and the key of the row.</summary>
    public long SequenceNumber { get; set; }

    public Guid? InboxMessageId { get; set; }
    public Guid? InboxConsumerId { get; set; }

    /// <summary>The unit of work (<see cref="OutboxState"/>) that stored the message, for the bus outbox.</summary>
    public Guid? OutboxId { get; set; }

    public Guid MessageId { get; set; }
    public Guid? ConversationId { get; set; }
    public Guid? CorrelationId { get; set; }
    public Guid? InitiatorId { get; set; }
    public Guid? RequestId { get; set; }

    public Uri? SourceAddress { get; set; }
    public Uri? DestinationAddress { get; set; }
    public Uri? ResponseAddress { get; set; }
    public Uri? FaultAddress { get; set; }

    public DateTimeOffset SentTime { get; set; }
    public DateTimeOffset? ExpirationTime { get; set; }

    public string ContentType { get; set; } = null!;

    /// <summary>The message type URNs the body supports, separated by semicolons.</summary>
    public string MessageType { get; set; } = null!;

    public string Body { get; set; } = null!;

    public string? Headers { get; set; }

    /// <summary>Transport properties (such as RabbitMQ's persistence flag or routing key).</summary>
    public string? Properties { get; set; }

    Guid? MessageContext.MessageId => MessageId;
    // Stored with their offset: a DateTime read back from SQLite would have lost that it was UTC.
    DateTime? MessageContext.SentTime => SentTime.UtcDateTime;
    DateTime? MessageContext.ExpirationTime => ExpirationTime?.UtcDateTime;
    Headers MessageContext.Headers => _headers ?? throw new InvalidOperationException("Read the headers first (ReadEnvelope).");
    HostInfo MessageContext.Host => MassTransit.Metadata.HostMetadataCache.Host;
    IReadOnlyDictionary<string, object> OutboxMessageContext.Properties =>
        _properties ?? throw new InvalidOperationException("Read the properties first (ReadEnvelope).");

    /// <summary>
    /// The row for a message as MassTransit was about to send it: the envelope, the serialized body, the headers and the
    /// transport properties, with the destination it resolved (for a publish, the message type's exchange).
    /// </summary>
    public static OutboxMessage Capture<T>(SendContext<T> context, IObjectDeserializer serializer, DateTimeOffset now)
        where T : class
    {
        if (context.MessageId is not { } messageId)
            throw new MessageException(typeof(T), "The outbox needs the MessageId of each message it stores.");
        if (context.Delay is not null)
            throw new MessageException(typeof(T), "The outbox cannot delay a message; schedule it through the message scheduler.");

        return new OutboxMessage
        {
            MessageId = messageId,
            ConversationId = context.ConversationId,
            CorrelationId = context.CorrelationId,
            InitiatorId = context.InitiatorId,
            RequestId = context.RequestId,
            SourceAddress = context.SourceAddress,
            DestinationAddress = context.DestinationAddress,
            ResponseAddress = context.ResponseAddress,
            FaultAddress = context.FaultAddress,
            SentTime = context.SentTime is { } sent ? new DateTimeOffset(sent.ToUniversalTime()) : now,
            ExpirationTime = context.TimeToLive is { } ttl ? now + ttl : null,
            ContentType = context.ContentType?.ToString() ?? context.Serialization.DefaultContentType.ToString(),
            MessageType = string.Join(";", context.SupportedMessageTypes),
            Body = context.Serializer.GetMessageBody(context).GetString(),
            Headers = serializer.SerializeDictionary(context.Headers.GetAll()),
            Properties = TransportProperties(context, serializer),
        };
    }

    static string? TransportProperties<T>(SendContext<T> context, IObjectDeserializer serializer)
        where T : class
    {
        if (context is not MassTransit.Context.TransportSendContext<T> transport)
            return null;

        var properties = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
        transport.WritePropertiesTo(properties);
        return serializer.SerializeDictionary(properties);
    }

    /// <summary>Turns the stored headers and properties back into objects, before the message is sent.</summary>
    public void ReadEnvelope(IObjectDeserializer deserializer)
    {
        _headers = deserializer.DeserializeDictionary<object?>(Headers) is { } headers
            ? new MassTransit.Serialization.DictionarySendHeaders(headers)
            : MassTransit.Serialization.EmptyHeaders.Instance;
        _properties = deserializer.DeserializeDictionary<object>(Properties) ?? new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
    }
}
