using Callback.Sagas.Persistence.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging;

namespace Callback.Sagas.Persistence;

/// <summary>
/// Creates the configured provider's <see cref="CallbackDbContext"/>; thread-safe. Contexts come from EF Core's pool
/// (a context per message otherwise costs an internal service scope and its dictionaries, among the largest allocations
/// of a saga event: bench/README.md) and go back to it when disposed, reset by EF Core: nothing tracked, no transaction,
/// and the <see cref="DatabaseFacade"/> settings (automatic savepoints, which the outbox turns off) as when the pool
/// was made. <see cref="CallbackDbContext"/> keeps no state of its own that a reset would miss.
/// </summary>
public sealed class CallbackDbContextFactory(DatabaseProvider provider, string connectionString, ILoggerFactory? loggerFactory = null) :
    IDbContextFactory<CallbackDbContext>
{
    readonly Func<CallbackDbContext> _create = provider switch
    {
        DatabaseProvider.Sqlite => Pooled<SqliteCallbackDbContext>(provider, connectionString, loggerFactory),
        DatabaseProvider.Postgres => Pooled<PostgresCallbackDbContext>(provider, connectionString, loggerFactory),
        DatabaseProvider.SqlServer => Pooled<SqlServerCallbackDbContext>(provider, connectionString, loggerFactory),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
    };

    public DatabaseProvider Provider => provider;

    public CallbackDbContext CreateDbContext() => _create();

    static Func<CallbackDbContext> Pooled<TContext>(DatabaseProvider provider, string connectionString, ILoggerFactory? loggerFactory)
        where TContext : CallbackDbContext =>
        new PooledDbContextFactory<TContext>(CallbackDbContextOptions.For<TContext>(provider, connectionString, loggerFactory)).CreateDbContext;
}
