namespace Callback.Sagas.Messaging.Scheduling;

/// <summary>
/// The database behind <see cref="SchedulerJobStore.Database"/>, named like <c>Database:Provider</c>. Quartz loads the
/// ADO.NET driver by name, so the process must reference it: Microsoft.Data.Sqlite, Npgsql or Microsoft.Data.SqlClient
/// (the EF Core provider of the same database brings it).
/// </summary>
public enum SchedulerDatabaseProvider
{
    Sqlite,
    Postgres,
    SqlServer,
}
