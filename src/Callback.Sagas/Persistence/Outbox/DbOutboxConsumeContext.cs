using MassTransit;
using MassTransit.Middleware;
using MassTransit.Middleware.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Callback.Sagas.Persistence.Outbox;

/// <summary>
/// The consume context a consumer (or the saga) sees under the outbox: MassTransit's <see cref="OutboxConsumeContextProxy{TMessage}"/>
/// routes every send, publish and schedule to <see cref="AddSend{T}"/>, which stores it as an <see cref="OutboxMessage"/>
/// in the consumer's own transaction; the rest keeps the <see cref="InboxState"/> of the message up to date, in memory:
/// the pass saves it before its commit (<see cref="DbOutboxContextFactory"/>).
/// </summary>
public sealed class DbOutboxConsumeContext<TMessage> :
    OutboxConsumeContextProxy<TMessage>
    where TMessage : class
{
    readonly CallbackDbContext _db;
    readonly InboxState _inbox;
    readonly bool _isNew;
    readonly TimeProvider _time;

    public DbOutboxConsumeContext(ConsumeContext<TMessage> context, OutboxConsumeOptions options, IServiceProvider provider, CallbackDbContext db,
        InboxState inbox, bool isNew, TimeProvider time)
        : base(context, options, provider)
    {
        _db = db;
        _inbox = inbox;
        _isNew = isNew;
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

    /// <summary>
    /// Neither this nor <see cref="SetDelivered"/> saves: the pass ends with a save before its commit, and it ends right
    /// after this when the consumer captured messages, so they are committed before any is delivered.
    /// </summary>
    public override Task SetConsumed()
    {
        _inbox.Consumed = _time.GetUtcNow();
        return Task.CompletedTask;
    }

    public override Task SetDelivered()
    {
        _inbox.Delivered = _time.GetUtcNow();
        return Task.CompletedTask;
    }

    /// <summary>
    /// Outbox rows are only written with their inbox row, so a message first received in this pass that captured nothing
    /// has none, and the query (like the delete of <see cref="RemoveOutboxMessages"/>) is skipped.
    /// </summary>
    bool HasNoOutboxRows => _isNew && CapturedCount == 0;

    public override async Task<List<OutboxMessageContext>> LoadOutboxMessages()
    {
        if (HasNoOutboxRows)
            return [];

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
        // Saved with the pass, before its commit.
        _inbox.LastSequenceNumber = message.SequenceNumber;
        return Task.CompletedTask;
    }

    public override Task RemoveOutboxMessages() =>
        HasNoOutboxRows
            ? Task.CompletedTask
            : _db.OutboxMessages
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
