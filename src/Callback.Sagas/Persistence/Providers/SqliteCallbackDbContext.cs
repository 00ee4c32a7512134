using Callback.Sagas.Persistence.Mapping;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Callback.Sagas.Persistence.Providers;

/// <summary>The model on SQLite; its migrations are in <c>Persistence/Migrations/Sqlite</c>.</summary>
public sealed class SqliteCallbackDbContext(DbContextOptions options) :
    CallbackDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }
}

/// <summary>For <c>dotnet ef migrations add ... --context SqliteCallbackDbContext</c>; never connects.</summary>
public sealed class SqliteCallbackDbContextDesignTimeFactory :
    IDesignTimeDbContextFactory<SqliteCallbackDbContext>
{
    public SqliteCallbackDbContext CreateDbContext(string[] args) =>
        new(CallbackDbContextOptions.For(DatabaseProvider.Sqlite, "Data Source=design-time.db"));
}
