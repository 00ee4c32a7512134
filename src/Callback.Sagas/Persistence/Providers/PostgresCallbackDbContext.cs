using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Callback.Sagas.Persistence.Providers;

/// <summary>The model on PostgreSQL; its migrations are in <c>Persistence/Migrations/Postgres</c>.</summary>
public sealed class PostgresCallbackDbContext(DbContextOptions options) :
    CallbackDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
}

/// <summary>For <c>dotnet ef migrations add ... --context PostgresCallbackDbContext</c>; never connects.</summary>
public sealed class PostgresCallbackDbContextDesignTimeFactory :
    IDesignTimeDbContextFactory<PostgresCallbackDbContext>
{
    public PostgresCallbackDbContext CreateDbContext(string[] args) =>
        new(CallbackDbContextOptions.For(DatabaseProvider.Postgres, "Host=localhost;Database=callback"));
}
