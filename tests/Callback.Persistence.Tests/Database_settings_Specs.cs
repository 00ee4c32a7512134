using Callback.Sagas.Persistence;
using Microsoft.Extensions.Configuration;

namespace Callback.Persistence.Tests;

public class Database_settings_Specs
{
    [Fact]
    public void With_nothing_configured_it_is_a_SQLite_file_in_the_data_folder_migrated_at_start()
    {
        var contentRoot = Path.Combine(Path.GetTempPath(), $"callback-root-{Guid.NewGuid():N}");
        try
        {
            var settings = CallbackDatabaseSettings.From(Configuration());

            Assert.Equal(DatabaseProvider.Sqlite, settings.Provider);
            Assert.True(settings.MigrateOnStart);
            Assert.Equal($"Data Source={Path.Combine(contentRoot, "data", "callback.db")}", settings.ConnectionStringFor(contentRoot));
            Assert.True(Directory.Exists(Path.Combine(contentRoot, "data")));
        }
        finally
        {
            Directory.Delete(contentRoot, recursive: true);
        }
    }

    [Fact]
    public void The_data_folder_can_be_moved_and_a_relative_one_is_under_the_content_root()
    {
        var contentRoot = Path.Combine(Path.GetTempPath(), $"callback-root-{Guid.NewGuid():N}");
        try
        {
            var settings = CallbackDatabaseSettings.From(Configuration((CallbackDatabaseSettings.DataFolderKey, "state/db")));

            Assert.Equal($"Data Source={Path.Combine(contentRoot, "state", "db", "callback.db")}", settings.ConnectionStringFor(contentRoot));
        }
        finally
        {
            Directory.Delete(contentRoot, recursive: true);
        }
    }

    [Theory]
    [InlineData("Sqlite", DatabaseProvider.Sqlite)]
    [InlineData("postgres", DatabaseProvider.Postgres)]
    [InlineData("PostgreSQL", DatabaseProvider.Postgres)]
    [InlineData("SqlServer", DatabaseProvider.SqlServer)]
    public void The_provider_is_named_without_regard_to_case(string value, DatabaseProvider expected)
    {
        var settings = CallbackDatabaseSettings.From(Configuration((CallbackDatabaseSettings.ProviderKey, value)));

        Assert.Equal(expected, settings.Provider);
    }

    [Fact]
    public void A_configured_connection_string_is_used_as_it_is()
    {
        var settings = CallbackDatabaseSettings.From(Configuration(
            (CallbackDatabaseSettings.ProviderKey, "Postgres"), ("ConnectionStrings:Callback", "Host=db;Database=callback"),
            (CallbackDatabaseSettings.MigrateOnStartKey, "false")));

        Assert.Equal("Host=db;Database=callback", settings.ConnectionStringFor("/unused"));
        Assert.False(settings.MigrateOnStart);
    }

    [Theory]
    [InlineData("Postgres")]
    [InlineData("SqlServer")]
    public void A_server_database_without_a_connection_string_is_a_configuration_error(string provider)
    {
        var settings = CallbackDatabaseSettings.From(Configuration((CallbackDatabaseSettings.ProviderKey, provider)));

        var error = Assert.Throws<InvalidOperationException>(() => settings.ConnectionStringFor("/unused"));
        Assert.Contains("ConnectionStrings:Callback", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_provider_is_a_configuration_error()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            CallbackDatabaseSettings.From(Configuration((CallbackDatabaseSettings.ProviderKey, "Oracle"))));

        Assert.Contains("Sqlite, Postgres, SqlServer", error.Message, StringComparison.Ordinal);
    }

    static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();
}
