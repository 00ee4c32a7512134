using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Callback.Sagas.Persistence.Outbox;

/// <summary>
/// Forgets messages whose outbox was delivered longer ago than the duplicate detection window. Rows of messages still
/// being consumed or delivered stay, and so does an inbox row whose delivery never finished: it holds messages a later
/// redelivery still has to send. Every worker runs one; their deletes do not conflict.
/// </summary>
public sealed partial class InboxCleanupService(
    IDbContextFactory<CallbackDbContext> contexts,
    OutboxSettings settings,
    TimeProvider time,
    ILogger<InboxCleanupService> logger) :
    BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(settings.CleanupInterval, time);
        do
        {
            try
            {
                var removed = await RemoveExpired(stoppingToken);
                if (removed > 0)
                    LogRemoved(removed);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A database outage is retried at the next tick; the rows wait meanwhile.
                LogFailed(exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task<int> RemoveExpired(CancellationToken cancellationToken)
    {
        var before = time.GetUtcNow() - settings.DuplicateDetectionWindow;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.InboxStates.Where(x => x.Delivered < before).ExecuteDeleteAsync(cancellationToken);
    }

    [LoggerMessage(LogLevel.Debug, "Removed {Count} inbox rows older than the duplicate detection window")]
    partial void LogRemoved(int count);

    [LoggerMessage(LogLevel.Warning, "Could not remove expired inbox rows; trying again later")]
    partial void LogFailed(Exception exception);
}
