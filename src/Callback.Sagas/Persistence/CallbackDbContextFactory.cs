using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Callback.Sagas.Persistence;

/// <summary>Creates the configured provider's <see cref="CallbackDbContext"/>; thread-safe, one options instance for all.</summary>
public sealed class CallbackDbContextFactory(DatabaseProvider provider, string connectionString, ILoggerFactory? loggerFactory = null) :
    IDbContextFactory<CallbackDbContext>
{
    readonly DbContextOptions<CallbackDbContext> _options = CallbackDbContextOptions.For(provider, connectionString, loggerFactory);

    public DatabaseProvider Provider => provider;

    public CallbackDbContext CreateDbContext() => CallbackDbContextOptions.Create(provider, _options);
}
