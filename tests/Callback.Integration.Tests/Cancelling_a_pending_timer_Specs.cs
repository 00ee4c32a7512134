using Callback.Integration.Tests.Harness;
using Callback.Sagas.StateMachines;
using Callback.Testing;
using Xunit.Abstractions;

namespace Callback.Integration.Tests;

public sealed class Cancelling_a_pending_timer_Specs(ITestOutputHelper output) :
    IAsyncLifetime
{
    static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    TestDeployment _deployment = null!;

    public async Task InitializeAsync() => _deployment = await TestDeployment.CreateAsync(output);

    public async Task DisposeAsync()
    {
        // Also called when InitializeAsync failed, before there was a deployment.
        if (_deployment is not null)
            await _deployment.DisposeAsync();
    }

    [Fact]
    public async Task A_cancel_while_the_execution_timer_is_pending_removes_the_trigger_from_the_job_store()
    {
        await _deployment.StartWorkerAsync("worker");
        var desired = Requests.WholeSecondsFromNow(TimeSpan.FromHours(1));
        var request = Requests.ScheduledAt(desired);

        await _deployment.Bus.Publish(request);
        var scheduled = await _deployment.Sessions.WaitFor(request.SessionId, s => s.ExecutionCheckToken is not null && s.ExpirationToken is not null,
            "scheduled with its execution and expiry timers", Timeout);
        var execution = scheduled.ExecutionCheckToken!.Value;
        var expiry = scheduled.ExpirationToken!.Value;
        var before = await Polling.WaitForQuery(async () => await _deployment.Triggers.Pending() is var triggers && triggers.ContainsKey(execution) && triggers.ContainsKey(expiry) ? triggers : null,
            "both timers in qrtz_triggers", Timeout);
        Assert.Equal(desired, before[execution]);

        await _deployment.Bus.Publish(Requests.Cancel(request.SessionId));

        var cancelled = await _deployment.Sessions.WaitFor(request.SessionId, s => s.CurrentState == "Completed", "completed", Timeout);
        Assert.Equal(CallbackReason.Cancelled, cancelled.Reason);
        await Polling.WaitForQuery(async () => (await _deployment.Triggers.Pending()).Count == 0, "the session's triggers to be removed from qrtz_triggers", Timeout);
    }
}
