using Callback.Integration.Tests.Harness;
using Callback.Sagas.StateMachines;
using Callback.Testing;
using Xunit.Abstractions;

namespace Callback.Integration.Tests;

public sealed class Missed_timer_Specs(ITestOutputHelper output) :
    DeploymentSpecs(output)
{
    static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    /// <summary>Long enough for the worker to take the booking and stop before it is due, short enough for a quick test.</summary>
    static readonly TimeSpan BookedAhead = TimeSpan.FromSeconds(8);

    /// <summary>
    /// "At once" for a worker that has just come back: Quartz takes due triggers as it starts, and the session moves a
    /// second or two after the worker is ready; the bound leaves room for a loaded machine.
    /// </summary>
    static readonly TimeSpan AtOnce = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_scheduled_session_due_while_no_worker_ran_starts_as_soon_as_a_worker_is_back()
    {
        var worker = await Deployment.StartWorkerAsync("worker-before");
        var desired = Requests.WholeSecondsFromNow(BookedAhead);
        var request = Requests.ScheduledAt(desired);

        await Deployment.Bus.Publish(request);
        var scheduled = await Deployment.Sessions.WaitFor(request.SessionId, s => s.ExecutionCheckToken is not null, "scheduled", Timeout);
        var execution = scheduled.ExecutionCheckToken!.Value;
        await Polling.WaitForQuery(async () => (await Deployment.Triggers.Pending()).ContainsKey(execution), "the execution timer in qrtz_triggers", Timeout);

        Assert.Equal(0, await worker.StopAsync());
        await Polling.WaitFor(() => DateTimeOffset.UtcNow > desired + TimeSpan.FromSeconds(1), "the desired time to pass with no worker running", BookedAhead + Timeout);

        // Missed, not fired: the worker's Quartz stood by as its stop began, before the timer was due.
        Assert.Equal(desired, (await Deployment.Triggers.Pending()).GetValueOrDefault(execution));
        Assert.Equal("Scheduled", (await Deployment.Sessions.Find(request.SessionId))?.CurrentState);

        var restartedAt = DateTimeOffset.UtcNow;
        await Deployment.StartWorkerAsync("worker-after");
        var readyAt = DateTimeOffset.UtcNow;

        var completed = await Deployment.Sessions.WaitFor(request.SessionId, s => s.CurrentState == "Completed", "completed", Timeout);
        Assert.Equal(CallbackReason.AgentConnected, completed.Reason);
        var started = completed.History.First(h => h.From == "Scheduled" && h.To != "Scheduled");
        Assert.InRange(started.At, restartedAt, readyAt + AtOnce);
    }
}
