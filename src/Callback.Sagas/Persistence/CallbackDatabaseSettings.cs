using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Callback.Sagas.Persistence;

/// <summary>
/// Where the sessions and slot bookings are kept, read from configuration:
/// <c>Database:Provider</c> (<c>Sqlite</c>, <c>Postgres</c>, <c>SqlServer</c>; default <c>Sqlite</c>),
/// <c>ConnectionStrings:Callback</c> (default for SQLite: <c>callback.db</c> in <c>Database:DataFolder</c>, itself
/// defaulting to <c>data</c> under the content root) and <c>Database:MigrateOnStart</c> (default <c>true</c>).
/// </summary>
public sealed record CallbackDatabaseSettings
{
    public const string ProviderKey = "Database:Provider";
    public const string DataFolderKey = "Database:DataFolder";
    public const string MigrateOnStartKey = "Database:MigrateOnStart";
    public const string ConnectionStringName = "Callback";
    public const string DefaultSqliteFileName = "callback.db";

    public DatabaseProvider Provider { get; init; } = DatabaseProvider.Sqlite;

    /// <summary>The configured connection string; null means the default SQLite file (see <see cref="ConnectionStringFor"/>).</summary>
    public string? ConnectionString { get; init; }

    /// <summary>The folder of the default SQLite file; null means <c>data</c> under the content root.</summary>
    public string? DataFolder { get; init; }

    public bool MigrateOnStart { get; init; } = true;

    public static CallbackDatabaseSettings From(IConfiguration configuration)
    {
        var provider = configuration[ProviderKey];
        var migrateOnStart = configuration[MigrateOnStartKey];

        return new CallbackDatabaseSettings
        {
            Provider = string.IsNullOrWhiteSpace(provider) ? DatabaseProvider.Sqlite : ParseProvider(provider),
            ConnectionString = NullIfBlank(configuration.GetConnectionString(ConnectionStringName)),
            DataFolder = NullIfBlank(configuration[DataFolderKey]),
            MigrateOnStart = string.IsNullOrWhiteSpace(migrateOnStart) || ParseBool(migrateOnStart),
        };
    }

    /// <summary>
    /// The connection string to use in the container <paramref name="services"/>: the default SQLite file is relative to
    /// the host's content root (the application's folder when there is no host).
    /// </summary>
    public string ConnectionStringFor(IServiceProvider services) =>
        ConnectionStringFor(services.GetService<IHostEnvironment>()?.ContentRootPath ?? AppContext.BaseDirectory);

    /// <summary>
    /// The connection string to use. Only SQLite has a default: <c>callback.db</c> in the data folder, which is created
    /// here because SQLite creates the file but not its folder.
    /// </summary>
    public string ConnectionStringFor(string contentRoot)
    {
        if (ConnectionString is not null)
            return ConnectionString;

        if (Provider != DatabaseProvider.Sqlite)
        {
            throw new InvalidOperationException(
                $"{ProviderKey} is {Provider}, which needs a connection string: set ConnectionStrings:{ConnectionStringName}.");
        }

        var folder = Path.GetFullPath(DataFolder ?? "data", contentRoot);
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, DefaultSqliteFileName)}";
    }

    static DatabaseProvider ParseProvider(string value) =>
        Enum.TryParse<DatabaseProvider>(value.Trim(), ignoreCase: true, out var provider) && Enum.IsDefined(provider)
            ? provider
            : value.Trim().ToUpperInvariant() switch
            {
                "POSTGRESQL" or "NPGSQL" => DatabaseProvider.Postgres,
                "MSSQL" => DatabaseProvider.SqlServer,
                _ => throw new InvalidOperationException(
                    $"{ProviderKey} is '{value}'; it must be one of {string.Join(", ", Enum.GetNames<DatabaseProvider>())}."),
            };

    static bool ParseBool(string value) =>
        bool.TryParse(value.Trim(), out var result)
            ? result
            : throw new InvalidOperationException($"{MigrateOnStartKey} is '{value}'; it must be true or false.");

    static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
