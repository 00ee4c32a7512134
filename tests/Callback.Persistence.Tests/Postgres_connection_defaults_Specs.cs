using Callback.Sagas.Persistence;
using Callback.Sagas.Persistence.Providers;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Callback.Persistence.Tests;

public class Postgres_connection_defaults_Specs
{
    [Fact]
    public void A_connection_string_that_sets_neither_gets_auto_prepare_and_no_reset_on_close()
    {
        var applied = new NpgsqlConnectionStringBuilder(PostgresConnectionDefaults.Apply("Host=db;Database=callback;Username=callback"));

        Assert.Equal(PostgresConnectionDefaults.MaxAutoPrepare, applied.MaxAutoPrepare);
        Assert.True(applied.NoResetOnClose);
        Assert.Equal("db", applied.Host);
        Assert.Equal("callback", applied.Username);
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0;No Reset On Close=false")]
    [InlineData("Host=db;maxautoprepare=0;NoResetOnClose=false")]
    public void What_the_operator_set_is_kept_in_any_spelling(string connectionString)
    {
        var applied = new NpgsqlConnectionStringBuilder(PostgresConnectionDefaults.Apply(connectionString));

        Assert.Equal(0, applied.MaxAutoPrepare);
        Assert.False(applied.NoResetOnClose);
    }

    [Fact]
    public void The_service_s_contexts_on_PostgreSQL_use_them()
    {
        using var db = new CallbackDbContextFactory(DatabaseProvider.Postgres, "Host=db;Database=callback").CreateDbContext();

        var used = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString());

        Assert.Equal(PostgresConnectionDefaults.MaxAutoPrepare, used.MaxAutoPrepare);
        Assert.True(used.NoResetOnClose);
    }
}
