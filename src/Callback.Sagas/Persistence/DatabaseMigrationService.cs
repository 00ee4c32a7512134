using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Callback.Sagas.Persistence;

/// <summary>
/// Brings the database schema up to date when the host starts. It runs in <see cref="IHostedLifecycleService.StartingAsync"/>,
/// before any hosted service's <c>StartAsync</c>, so the bus never delivers a message to a saga without its table, and
/// Quartz, which starts once the bus is ready (<c>QuartzSchedulerLifecycle</c>), finds the <c>qrtz_</c> tables a database
/// job store validates. Quartz's scheduler object is built earlier, with the bus, but touches the database only as it starts.
/// EF Core takes a migration lock, so replicas starting together do not migrate twice; the lock lives in the database,
/// so it does not cover creating a missing one (docs/operations.md, "Migrating at start with several processes").
/// </summary>
public sealed class DatabaseMigrationService(IDbContextFactory<CallbackDbContext> contexts, ILogger<DatabaseMigrationService> logger) :
    IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count == 0)
            return;

        if (logger.IsEnabled(LogLevel.Information))
            logger.LogInformation("Migrating the {Provider} database: {Migrations}", db.Provider, string.Join(", ", pending));
        await db.Database.MigrateAsync(cancellationToken);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
