namespace Callback.Sagas.Persistence;

/// <summary>The database behind the sessions and slot bookings, named as in <c>Database:Provider</c>.</summary>
public enum DatabaseProvider
{
    /// <summary>A file in the app's data folder: the embedded default, no server needed.</summary>
    Sqlite,

    /// <summary>The server database the tests run against.</summary>
    Postgres,

    /// <summary>The docker-compose database.</summary>
    SqlServer,
}
