using System.Data.Common;
using Callback.Sagas.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Callback.Persistence.Tests;

/// <summary>
/// Holds the first query that reads <see cref="Table"/> right after the database answered it, until the test calls
/// <see cref="Resume"/>: a way to make another caller act exactly between a read and the write that follows it.
/// </summary>
public sealed class PauseAfterFirstRead(string table) :
    DbCommandInterceptor
{
    readonly TaskCompletionSource _paused = new(TaskCreationOptions.RunContinuationsAsynchronously);
    readonly TaskCompletionSource _resumed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    int _reads;

    public string Table => table;

    /// <summary>Completes when the first read is held.</summary>
    public Task Paused => _paused.Task;

    public void Resume() => _resumed.TrySetResult();

    /// <summary>Contexts of <paramref name="database"/> whose reads this interceptor watches.</summary>
    public IDbContextFactory<CallbackDbContext> Contexts(TestDatabase database) => new Factory(database, this);

    public override async ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result,
        CancellationToken cancellationToken = default)
    {
        if (command.CommandText.Contains(table, StringComparison.Ordinal) && Interlocked.Increment(ref _reads) == 1)
        {
            _paused.TrySetResult();
            await _resumed.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
        }

        return result;
    }

    sealed class Factory(TestDatabase database, PauseAfterFirstRead interceptor) :
        IDbContextFactory<CallbackDbContext>
    {
        readonly DbContextOptions<CallbackDbContext> _options =
            new DbContextOptionsBuilder<CallbackDbContext>(CallbackDbContextOptions.For(database.Provider, database.ConnectionString))
                .AddInterceptors(interceptor)
                .Options;

        public CallbackDbContext CreateDbContext() => CallbackDbContextOptions.Create(database.Provider, _options);
    }
}
