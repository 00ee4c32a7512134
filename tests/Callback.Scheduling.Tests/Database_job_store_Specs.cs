using Callback.Sagas.Messaging.Scheduling;
using MassTransit;
using Quartz;

namespace Callback.Scheduling.Tests;

/// <summary>
/// Quartz's ADO.NET store on a SQLite file (the driver comes with the EF Core SQLite provider; Quartz does not cluster on
/// SQLite). Quartz creates its tables itself here; in the application, migrations do.
/// </summary>
public sealed class Database_job_store_Specs :
    IDisposable
{
    readonly string _file = Path.Combine(Path.GetTempPath(), $"scheduling-tests-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task A_timer_kept_in_the_database_survives_a_restart_and_fires_at_once_when_it_fell_due_during_the_downtime()
    {
        var appointment = new Appointment(NewId.NextGuid(), "Check-up");
        var at = SchedulerTestHost.Start.AddMinutes(1);
        await using (var before = await SchedulerTestHost.StartAsync(Database))
        {
            await before.Schedule(appointment, at);
            await before.Scheduled(appointment.AppointmentId, at);
            Assert.True((await before.Quartz.GetMetadata()).JobStorePersistent);
        }

        var restart = at.AddMinutes(30);
        await using var after = await SchedulerTestHost.StartAsync(Database, now: restart);

        var arrival = await after.Arrived(appointment.AppointmentId);
        Assert.Equal((appointment, restart), (arrival.Message, arrival.At));
        Assert.Equal(appointment.AppointmentId, arrival.TokenId);
    }

    void Database(MessageSchedulerOptions options)
    {
        options.JobStore = SchedulerJobStore.Database;
        options.Provider = SchedulerDatabaseProvider.Sqlite;
        options.ConnectionString = $"Data Source={_file};Pooling=false";
        options.SchemaProvisioning = SchemaProvisioning.CreateIfMissing;

        // Both lives of the process are the same scheduler, as the nodes of a cluster are.
        options.InstanceName = "scheduling-tests";
    }

    public void Dispose() => File.Delete(_file);
}
