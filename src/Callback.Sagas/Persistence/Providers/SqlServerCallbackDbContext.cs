using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Callback.Sagas.Persistence.Providers;

/// <summary>The model on SQL Server; its migrations are in <c>Persistence/Migrations/SqlServer</c>.</summary>
public sealed class SqlServerCallbackDbContext(DbContextOptions options) :
    CallbackDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.SqlServer;
}

/// <summary>For <c>dotnet ef migrations add ... --context SqlServerCallbackDbContext</c>; never connects.</summary>
public sealed class SqlServerCallbackDbContextDesignTimeFactory :
    IDesignTimeDbContextFactory<SqlServerCallbackDbContext>
{
    public SqlServerCallbackDbContext CreateDbContext(string[] args) =>
        new(CallbackDbContextOptions.For(DatabaseProvider.SqlServer, "Server=localhost;Database=callback;Integrated Security=true;TrustServerCertificate=true"));
}
