using MassTransit;
using MassTransit.Middleware;
using MassTransit.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Callback.Sagas.Persistence.Outbox;

/// <summary>
/// Sends the messages of committed units of work (<see cref="CallbackUnitOfWork"/>) to the broker and deletes them once
/// it took them. Woken by each commit in this process, and every <see cref="OutboxSettings.SweepInterval"/> looks for
/// units nobody handed over (a process stopped after its commit). Each pass locks the oldest units, sends their
/// messages in order with their stored MessageId, and deletes the sent ones in the same transaction: a process that dies
/// between a send and that commit leaves them for the next pass, which sends them again (at least once). A failing
/// broker or database stops the pass at the first failure, so order holds, and it is retried with a growing delay.
/// </summary>
public sealed partial class BusOutboxDeliveryService(
    IDbContextFactory<CallbackDbContext> contexts,
    IBusControl bus,
    BusOutboxSignal signal,
    OutboxSettings settings,
    TimeProvider time,
    ILogger<BusOutboxDeliveryService> logger) :
    BackgroundService
{
    /// <summary>
    /// Units of work locked per pass: a request commits one, with a message or two. A pass reads all their messages in
    /// one query and deletes what it sent in two statements, so under load the database work per message is a fraction
    /// of a round trip and the sends (one broker confirm each, in order) are what is left.
    /// </summary>
    const int UnitsPerPass = 100;

    static readonly TimeSpan FirstRetryDelay = TimeSpan.FromSeconds(1);
    static readonly TimeSpan LongestRetryDelay = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await bus.WaitForHealthStatus(BusHealthStatus.Healthy, stoppingToken);

        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await DeliverPass(stoppingToken) > 0)
                    continue;
                failures = 0;
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                failures++;
                var delay = RetryDelay(failures);
                LogFailed(exception, delay);
                await Task.Delay(delay, time, stoppingToken);
                continue;
            }

            await signal.WaitAsync(settings.SweepInterval, time, stoppingToken);
        }
    }

    /// <summary>Sends and deletes the messages of the oldest waiting units of work; returns how many it sent.</summary>
    public async Task<int> DeliverPass(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var units = await db.OutboxStates.FromSqlRaw(OutboxLockStatement.For(db.Provider, UnitsPerPass)).AsNoTracking().ToListAsync(cancellationToken);
        if (units.Count == 0)
            return 0;

        var ids = units.Select(u => u.OutboxId).ToList();
        var messages = (await db.OutboxMessages.AsNoTracking()
                .Where(m => m.OutboxId != null && ids.Contains(m.OutboxId.Value))
                .OrderBy(m => m.SequenceNumber)
                .ToListAsync(cancellationToken))
            .ToLookup(m => m.OutboxId!.Value);

        var sent = new List<long>();
        var done = new List<Guid>();
        Exception? failure = null;
        foreach (var unit in units.OrderBy(u => u.Created))
        {
            foreach (var message in messages[unit.OutboxId])
            {
                try
                {
                    await SendStored(message, cancellationToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    failure = exception;
                    break;
                }

                sent.Add(message.SequenceNumber);
            }

            if (failure is not null)
                break;
            done.Add(unit.OutboxId);
        }

        // Deleted in this transaction: gone once its commit says the broker had them.
        if (sent.Count > 0)
            await db.OutboxMessages.Where(m => sent.Contains(m.SequenceNumber)).ExecuteDeleteAsync(CancellationToken.None);
        if (done.Count > 0)
            await db.OutboxStates.Where(s => done.Contains(s.OutboxId)).ExecuteDeleteAsync(CancellationToken.None);

        // What reached the broker before a failure is committed as sent; the rest waits for the retry.
        await transaction.CommitAsync(CancellationToken.None);
        if (failure is not null)
            throw new MessageException(typeof(OutboxMessage), "The broker did not take a message of the bus outbox.", failure);

        LogDelivered(sent.Count);
        return sent.Count;
    }

    /// <summary>Sends the stored body and envelope unchanged, as MassTransit's own bus outbox does, to where it was bound.</summary>
    async Task SendStored(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (message.DestinationAddress is not { } destination)
            throw new MessageException(typeof(OutboxMessage), $"Outbox message {message.MessageId} has no destination.");

        message.ReadEnvelope(SystemTextJsonMessageSerializer.Instance);
        var endpoint = await bus.GetSendEndpoint(destination);
        await endpoint.Send(new SerializedMessageBody(), new OutboxMessageSendPipe(message, destination), cancellationToken);
    }

    static TimeSpan RetryDelay(int failures) =>
        TimeSpan.FromTicks(Math.Min(LongestRetryDelay.Ticks, FirstRetryDelay.Ticks << Math.Min(failures - 1, 16)));

    [LoggerMessage(LogLevel.Debug, "Sent {Count} messages of the bus outbox")]
    partial void LogDelivered(int count);

    [LoggerMessage(LogLevel.Warning, "Could not deliver the bus outbox; trying again in {Delay}")]
    partial void LogFailed(Exception exception, TimeSpan delay);
}
