using Callback.Sagas.Persistence.Outbox;
using MassTransit;
using MassTransit.Serialization;
using Microsoft.EntityFrameworkCore;

namespace Callback.Persistence.Tests;

/// <summary>
/// The broker as the outbox meets it, for the messages of type <typeparamref name="T"/> that the outbox delivers (it
/// sends their stored bodies): counts those that got through, notes what the database held when the first one was
/// attempted and, if asked to, fails that first one, as a broker connection lost at that moment would.
/// </summary>
public sealed class OutboxDeliveries<T>(TestDatabase database, bool failFirst = false) :
    IFilter<SendContext>
{
    readonly TaskCompletionSource<OutboxSnapshot> _first = new(TaskCreationOptions.RunContinuationsAsynchronously);
    int _delivered;

    /// <summary>What the database held when the first delivery was attempted.</summary>
    public Task<OutboxSnapshot> First => _first.Task;

    public int Delivered => _delivered;

    public async Task Send(SendContext context, IPipe<SendContext> next)
    {
        if (context is not SendContext<SerializedMessageBody> || context.DestinationAddress?.AbsolutePath.EndsWith($":{typeof(T).Name}", StringComparison.Ordinal) != true)
        {
            await next.Send(context);
            return;
        }

        if (!_first.Task.IsCompleted && _first.TrySetResult(await Snapshot()) && failFirst)
            throw new InvalidOperationException("The broker connection was lost.");

        await next.Send(context);
        Interlocked.Increment(ref _delivered);
    }

    async Task<OutboxSnapshot> Snapshot()
    {
        await using var db = database.Context();
        return new OutboxSnapshot(
            (await db.Sessions.AsNoTracking().SingleAsync()).CurrentState,
            await db.InboxStates.AsNoTracking().SingleAsync(),
            await db.OutboxMessages.CountAsync());
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("outboxDeliveries");
}

/// <summary>The session, the inbox row of the message that moved it, and the number of messages waiting in the outbox.</summary>
public sealed record OutboxSnapshot(string SessionState, InboxState Inbox, int WaitingInOutbox);
