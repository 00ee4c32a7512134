using MassTransit;
using MassTransit.Middleware;

namespace Callback.Sagas.Persistence.Outbox;

/// <summary>
/// A message sent, published or scheduled by a consumer, stored in the same transaction as the consumer's state and sent
/// to the broker only after that transaction committed. It keeps everything MassTransit needs to send it later exactly
/// as it would have been sent then (<see cref="OutboxMessageContext"/>), headers and transport properties as JSON.
/// </summary>
public sealed class OutboxMessage :
    OutboxMessageContext
{
    Headers? _headers;
    IReadOnlyDictionary<string, object>? _properties;

    /// <summary>The order of the messages of one consumed message, and the key of the row.</summary>
    public long SequenceNumber { get; set; }

    public Guid InboxMessageId { get; set; }
    public Guid InboxConsumerId { get; set; }

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

    /// <summary>Turns the stored headers and properties back into objects, before the message is sent.</summary>
    public void ReadEnvelope(IObjectDeserializer deserializer)
    {
        _headers = deserializer.DeserializeDictionary<object?>(Headers) is { } headers
            ? new MassTransit.Serialization.DictionarySendHeaders(headers)
            : MassTransit.Serialization.EmptyHeaders.Instance;
        _properties = deserializer.DeserializeDictionary<object>(Properties) ?? new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
    }
}
