using Callback.Integration.Tests.Harness;
using Callback.Sagas.StateMachines;
using Callback.Testing;
using Xunit.Abstractions;

namespace Callback.Integration.Tests;

public sealed class Missed_timer_Specs(ITestOutputHelper output) :
    IAsyncLifetime
{
    static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    /// <summary>Long enough for the worker to take the booking and stop before it is due, short enough for a quick test.</summary>
    static readonly TimeSpan BookedAhead = TimeSpan.FromSeconds(8);

    /// <summary>"At once" for a worker that has just come back: Quartz looks for due triggers as it starts.</summary>
    static readonly TimeSpan AtOnce = TimeSpan.FromSeconds(5);

    TestDeployment _deployment = null!;

    public async Task InitializeAsync() => _deployment = await TestDeployment.CreateAsync(output);

    public async Task DisposeAsync()
    {
        // Also called when InitializeAsync failed, before there was a deployment.
        if (_deployment is not null)
            await _deployment.DisposeAsync();
    }

    [Fact]
    public async Task A_scheduled_session_due_while_no_worker_ran_starts_as_soon_as_a_worker_is_back()
    {
        var worker = await _deployment.StartWorkerAsync("worker-before");
        var desired = Requests.WholeSecondsFromNow(BookedAhead);
        var request = Requests.ScheduledAt(desired);

        await _deployment.Bus.Publish(request);
        var scheduled = await _deployment.Sessions.WaitFor(request.SessionId, s => s.ExecutionCheckToken is not null, "scheduled", Timeout);
        var execution = scheduled.ExecutionCheckToken!.Value;
        await Polling.WaitForQuery(async () => (await _deployment.Triggers.Pending()).ContainsKey(execution), "the execution timer in qrtz_triggers", Timeout);

        Assert.Equal(0, await worker.StopAsync());
        Assert.True(DateTimeOffset.UtcNow < desired, $"the worker stopped only after the session was due at {desired:O}: too slow a machine for this test");

        await Polling.WaitFor(() => DateTimeOffset.UtcNow > desired + TimeSpan.FromSeconds(1), "the desired time to pass with no worker running", BookedAhead + Timeout);
        Assert.Equal(desired, (await _deployment.Triggers.Pending())[execution]);

        var restartedAt = DateTimeOffset.UtcNow;
        await _deployment.StartWorkerAsync("worker-after");
        var readyAt = DateTimeOffset.UtcNow;

        var completed = await _deployment.Sessions.WaitFor(request.SessionId, s => s.CurrentState == "Completed", "completed", Timeout);
        Assert.Equal(CallbackReason.AgentConnected, completed.Reason);
        var started = completed.History.First(h => h.From == "Scheduled" && h.To != "Scheduled");
        Assert.InRange(started.At, restartedAt, readyAt + AtOnce);
    }
}
