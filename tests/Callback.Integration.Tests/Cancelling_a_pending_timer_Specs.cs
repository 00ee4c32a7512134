using Callback.Integration.Tests.Harness;
using Callback.Sagas.StateMachines;
using Callback.Testing;
using Xunit.Abstractions;

namespace Callback.Integration.Tests;

public sealed class Cancelling_a_pending_timer_Specs(ITestOutputHelper output) :
    DeploymentSpecs(output)
{
    static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_cancel_while_the_execution_timer_is_pending_removes_the_trigger_from_the_job_store()
    {
        await Deployment.StartWorkerAsync("worker");
        var desired = Requests.WholeSecondsFromNow(TimeSpan.FromHours(1));
        var request = Requests.ScheduledAt(desired);

        await Deployment.Bus.Publish(request);
        var scheduled = await Deployment.Sessions.WaitFor(request.SessionId, s => s.ExecutionCheckToken is not null && s.ExpirationToken is not null,
            "scheduled with its execution and expiry timers", Timeout);
        var execution = scheduled.ExecutionCheckToken!.Value;
        var expiry = scheduled.ExpirationToken!.Value;
        var before = await Polling.WaitForQuery(async () => await Deployment.Triggers.Pending() is var triggers && triggers.ContainsKey(execution) && triggers.ContainsKey(expiry) ? triggers : null,
            "both timers in qrtz_triggers", Timeout);
        Assert.Equal(desired, before[execution]);

        await Deployment.Bus.Publish(Requests.Cancel(request.SessionId));

        var cancelled = await Deployment.Sessions.WaitFor(request.SessionId, s => s.CurrentState == "Completed", "completed", Timeout);
        Assert.Equal(CallbackReason.Cancelled, cancelled.Reason);
        await Polling.WaitForQuery(async () => (await Deployment.Triggers.Pending()).Count == 0, "the session's triggers to be removed from qrtz_triggers", Timeout);
    }
}
