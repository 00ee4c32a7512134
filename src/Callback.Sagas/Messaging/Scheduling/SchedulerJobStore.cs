namespace Callback.Sagas.Messaging.Scheduling;

/// <summary><c>Scheduler:JobStore</c>: where Quartz keeps the scheduled messages.</summary>
public enum SchedulerJobStore
{
    /// <summary>In the process's memory: fast, and gone when the process stops. Tests and the embedded SQLite default.</summary>
    InMemory,

    /// <summary>
    /// Quartz's ADO.NET job store in the <c>qrtz_</c> tables the migrations create, clustered on a server database (the
    /// default there): timers survive restarts, a timer missed while every node was down fires as soon as one is back, and
    /// each timer fires on exactly one node.
    /// </summary>
    Database,
}
