namespace Callback.Persistence.Tests;

/// <summary>The tables of Quartz 4.7.3's ADO.NET job store (Messaging/Scheduling/README.md), lowercase and in order.</summary>
public static class QuartzTables
{
    public static readonly IReadOnlyList<string> Names =
    [
        "qrtz_blob_triggers", "qrtz_calendars", "qrtz_cron_triggers", "qrtz_execution_history", "qrtz_fired_triggers",
        "qrtz_job_details", "qrtz_job_status", "qrtz_locks", "qrtz_misfire_history", "qrtz_paused_job_grps",
        "qrtz_paused_trigger_grps", "qrtz_scheduler_state", "qrtz_simple_triggers", "qrtz_simprop_triggers", "qrtz_triggers",
    ];
}
