using MassTransit;
using MassTransit.Middleware;
using Microsoft.EntityFrameworkCore;

namespace Callback.Sagas.Persistence.Outbox;

/// <summary>
/// The transactional inbox and outbox on <see cref="CallbackDbContext"/>, for MassTransit's <see cref="OutboxConsumeFilter{TContext,TMessage}"/>
/// and <see cref="OutboxMessagePipe{TMessage}"/>. Each pass of the pipe (consume, deliver, clean up) runs inside a
/// database transaction that holds the message's inbox row, and the saga repository joins that transaction, so:
/// <list type="bullet">
/// <item>a transition's state, its inbox row and its outgoing messages are committed together, or none of them;</item>
/// <item>outgoing messages reach the broker only after that commit, and a crash before they all did leaves them in the
/// database, where the redelivered message finds and sends them (at least once: a receiver may see one twice);</item>
/// <item>a message received again after its consumer committed is not consumed again.</item>
/// </list>
/// MassTransit's own EF Core outbox commits after every pass; here the passes that need no commit between them share
/// one transaction (inserting the inbox row with the consume, delivering with the clean-up, and all three when a
/// transition sends nothing), which halves the commits per message.
/// </summary>
public sealed class DbOutboxContextFactory(CallbackDbContext db, IServiceProvider provider, TimeProvider time) :
    IOutboxContextFactory<CallbackDbContext>
{
    public void Probe(ProbeContext context)
    {
        var scope = context.CreateScope("outboxContextFactory");
        scope.Add("provider", db.Provider.ToString());
    }

    public async Task Send<T>(ConsumeContext<T> context, OutboxConsumeOptions options, IPipe<OutboxConsumeContext<T>> next)
        where T : class
    {
        var messageId = context.GetOriginalMessageId() ?? throw new MessageException(typeof(T), "The inbox needs the MessageId of each message.");

        // The first pass of this delivery counts it as a receipt; the passes after it only go on with it.
        var receipt = 1;
        var continueProcessing = true;
        while (continueProcessing)
        {
            continueProcessing = await Pass(context, messageId, receipt, options, next);
            receipt = 0;
        }
    }

    async Task<bool> Pass<T>(ConsumeContext<T> context, Guid messageId, int receipt, OutboxConsumeOptions options, IPipe<OutboxConsumeContext<T>> next)
        where T : class
    {
        db.ChangeTracker.Clear();

        // EF Core would wrap each SaveChanges of the pass in a savepoint, to roll back to on failure; a failed pass
        // rolls back whole, so they are round trips for nothing (about a third of the saga's throughput, bench/README.md).
        db.Database.AutoSavepointsEnabled = false;

        // Disposing without a commit rolls back: nothing of a failed pass is kept.
        await using var transaction = await db.Database.BeginTransactionAsync(context.CancellationToken);

        var (inbox, isNew) = await LockInbox(messageId, options.ConsumerId, receipt, context.CancellationToken);
        var outboxContext = new DbOutboxConsumeContext<T>(context, options, provider, db, inbox, isNew, time);

        await next.Send(outboxContext);

        // Only messages waiting to be sent need the commit before the next pass; other passes go on in this transaction.
        while (outboxContext.ContinueProcessing && !(outboxContext.IsMessageConsumed && !outboxContext.IsOutboxDelivered && outboxContext.CapturedCount > 0))
            await next.Send(outboxContext);

        // A first receipt's row is inserted only now, with what the pass set on it (consumed, and delivered when the
        // transition sent nothing): one INSERT instead of an INSERT and an UPDATE for each of them.
        if (isNew)
            db.InboxStates.Add(inbox);

        await db.SaveChangesAsync(context.CancellationToken);
        await transaction.CommitAsync(context.CancellationToken);

        return outboxContext.ContinueProcessing;
    }

    /// <summary>
    /// The message's inbox row, locked until the transaction ends (a redelivery of the same message waits here), or a
    /// new one if this is its first receipt, untracked until the pass's end inserts it. Two first receipts at once cannot
    /// both insert: the loser's transaction fails on the key and the message is retried, to find the winner's row.
    /// </summary>
    async Task<(InboxState Inbox, bool IsNew)> LockInbox(Guid messageId, Guid consumerId, int receipt, CancellationToken cancellationToken)
    {
        // An update takes the row's write lock on every provider, with no provider-specific locking SQL (adding 0 too).
        var received = await db.InboxStates
            .Where(x => x.MessageId == messageId && x.ConsumerId == consumerId)
            .ExecuteUpdateAsync(x => x.SetProperty(i => i.ReceiveCount, i => i.ReceiveCount + receipt), cancellationToken);

        if (received > 0)
            return (await db.InboxStates.SingleAsync(x => x.MessageId == messageId && x.ConsumerId == consumerId, cancellationToken), false);

        return (new InboxState { MessageId = messageId, ConsumerId = consumerId, Received = time.GetUtcNow() }, true);
    }
}
