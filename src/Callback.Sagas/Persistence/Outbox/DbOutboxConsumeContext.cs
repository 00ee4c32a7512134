using MassTransit;
using MassTransit.Middleware;
using MassTransit.Middleware.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Callback.Sagas.Persistence.Outbox;

/// <summary>
/// The consume context a consumer (or the saga) sees under the outbox: MassTransit's <see cref="OutboxConsumeContextProxy{TMessage}"/>
/// routes every send, publish and schedule to <see cref="AddSend{T}"/>, which stores it as an <see cref="OutboxMessage"/>
/// in the consumer's own transaction; the rest keeps the <see cref="InboxState"/> of the message up to date.
/// </summary>
public sealed class DbOutboxConsumeContext<TMessage> :
    OutboxConsumeContextProxy<TMessage>
    where TMessage : class
{
    readonly CallbackDbContext _db;
    readonly InboxState _inbox;
    readonly TimeProvider _time;

    public DbOutboxConsumeContext(ConsumeContext<TMessage> context, OutboxConsumeOptions options, IServiceProvider provider, CallbackDbContext db,
        InboxState inbox, TimeProvider time)
        : base(context, options, provider)
    {
        _db = db;
        _inbox = inbox;
        _time = time;
    }

    public override Guid? MessageId => _inbox.MessageId;

    public override bool ContinueProcessing { get; set; } = true;

    public override bool IsMessageConsumed => _inbox.Consumed.HasValue;
    public override bool IsOutboxDelivered => _inbox.Delivered.HasValue;
    public override int ReceiveCount => _inbox.ReceiveCount;
    public override long? LastSequenceNumber => _inbox.LastSequenceNumber;

    /// <summary>Messages stored by this context that are not yet committed.</summary>
    public int CapturedCount { get; private set; }

    public override async Task SetConsumed()
    {
        _inbox.Consumed = _time.GetUtcNow();
        await _db.SaveChangesAsync(CancellationToken);
    }

    public override async Task SetDelivered()
    {
        _inbox.Delivered = _time.GetUtcNow();
        await _db.SaveChangesAsync(CancellationToken);
    }

    public override async Task<List<OutboxMessageContext>> LoadOutboxMessages()
    {
        var after = LastSequenceNumber ?? 0;
        var messages = await _db.OutboxMessages
            .Where(x => x.InboxMessageId == _inbox.MessageId && x.InboxConsumerId == ConsumerId && x.SequenceNumber > after)
            .OrderBy(x => x.SequenceNumber)
            .Take(Options.MessageDeliveryLimit + 1)
            .AsNoTracking()
            .ToListAsync(CancellationToken);

        foreach (var message in messages)
            message.ReadEnvelope(SerializerContext);

        return [.. messages];
    }

    public override Task NotifyOutboxMessageDelivered(OutboxMessageContext message)
    {
        // Saved with the next SetDelivered, or with the transaction's end if the delivery stops half way.
        _inbox.LastSequenceNumber = message.SequenceNumber;
        return Task.CompletedTask;
    }

    public override Task RemoveOutboxMessages() =>
        _db.OutboxMessages
            .Where(x => x.InboxMessageId == _inbox.MessageId && x.InboxConsumerId == ConsumerId)
            .ExecuteDeleteAsync(CancellationToken);

    public override Task AddSend<T>(SendContext<T> context)
    {
        var message = OutboxMessage.Capture(context, SerializerContext, _time.GetUtcNow());
        message.InboxMessageId = _inbox.MessageId;
        message.InboxConsumerId = ConsumerId;

        // Sends of one transition may run concurrently (a state machine's activities publish in parallel).
        lock (_db)
        {
            _db.OutboxMessages.Add(message);
            CapturedCount++;
        }

        return Task.CompletedTask;
    }
}
