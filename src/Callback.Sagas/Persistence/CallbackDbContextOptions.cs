using Callback.Sagas.Persistence.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Callback.Sagas.Persistence;

/// <summary>Builds the options and the provider's context: one place that knows which subclass goes with which provider.</summary>
public static class CallbackDbContextOptions
{
    public static DbContextOptions<CallbackDbContext> For(DatabaseProvider provider, string connectionString, ILoggerFactory? loggerFactory = null) =>
        For<CallbackDbContext>(provider, connectionString, loggerFactory);

    /// <summary>The options typed for <typeparamref name="TContext"/>, as EF Core's context pool wants them.</summary>
    public static DbContextOptions<TContext> For<TContext>(DatabaseProvider provider, string connectionString, ILoggerFactory? loggerFactory = null)
        where TContext : CallbackDbContext
    {
        var builder = new DbContextOptionsBuilder<TContext>();
        if (loggerFactory is not null)
            builder.UseLoggerFactory(loggerFactory);

        _ = provider switch
        {
            DatabaseProvider.Sqlite => builder.UseSqlite(connectionString),
            DatabaseProvider.Postgres => builder.UseNpgsql(PostgresConnectionDefaults.Apply(connectionString)),
            DatabaseProvider.SqlServer => builder.UseSqlServer(connectionString),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
        };

        return builder.Options;
    }

    public static CallbackDbContext Create(DatabaseProvider provider, DbContextOptions options) =>
        provider switch
        {
            DatabaseProvider.Sqlite => new SqliteCallbackDbContext(options),
            DatabaseProvider.Postgres => new PostgresCallbackDbContext(options),
            DatabaseProvider.SqlServer => new SqlServerCallbackDbContext(options),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
        };
}
