namespace Callback.Sagas.Persistence.Outbox;

/// <summary>
/// What one consumer did with one received message: the inbox row that recognises a redelivered message (and skips
/// its consumer), and the progress of delivering the messages its consumer left in the outbox.
/// </summary>
public sealed class InboxState
{
    public Guid MessageId { get; set; }

    /// <summary>MassTransit's id of the endpoint and consumer (or saga) pair, so one message can feed several consumers.</summary>
    public Guid ConsumerId { get; set; }

    public DateTimeOffset Received { get; set; }

    /// <summary>How many times the message was received after its first time.</summary>
    public int ReceiveCount { get; set; }

    /// <summary>When the consumer's work and its outgoing messages were committed together.</summary>
    public DateTimeOffset? Consumed { get; set; }

    /// <summary>When every outgoing message had reached the broker.</summary>
    public DateTimeOffset? Delivered { get; set; }

    /// <summary>The last outbox message known to have reached the broker, so a retried delivery does not send it again.</summary>
    public long? LastSequenceNumber { get; set; }
}
