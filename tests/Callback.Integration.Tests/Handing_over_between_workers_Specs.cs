using Callback.Integration.Tests.Harness;
using Callback.Sagas.StateMachines;
using Callback.Testing;
using Xunit.Abstractions;

namespace Callback.Integration.Tests;

public sealed class Handing_over_between_workers_Specs(ITestOutputHelper output) :
    DeploymentSpecs(output)
{
    static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    /// <summary>How long the first worker's simulated URS takes to find an agent: long enough to stop that worker first (its Quartz stands by as the stop begins), short enough for a quick test.</summary>
    const string AgentWaitSeconds = "5";

    /// <summary>What the simulated SIP Server logs for each call it places.</summary>
    const string SimulatedCall = "Simulated SIP Server: call";

    [Fact]
    public async Task A_session_started_by_one_worker_is_finished_by_another_started_after_the_first_stopped()
    {
        var first = await Deployment.StartWorkerAsync("worker-a", new Dictionary<string, string>
        {
            ["Telephony:Simulated:AgentAvailableAfterSeconds"] = AgentWaitSeconds,
        });
        var request = Requests.ImmediateWaitingForAgent();

        await Deployment.Bus.Publish(request);
        await Deployment.Sessions.WaitFor(request.SessionId, s => s.CurrentState == "WaitingForAgent", "waiting for an agent", Timeout);

        // Besides the session's expiry, the one trigger is URS's "agent available", which the first worker's simulator scheduled.
        await Polling.WaitForQuery(async () => (await Deployment.Triggers.Pending()).Count == 2, "URS's answer to be kept in qrtz_triggers", Timeout);

        Assert.Equal(0, await first.StopAsync());
        var afterStop = await Deployment.Sessions.Find(request.SessionId);
        Assert.True(afterStop?.CurrentState == "WaitingForAgent", $"worker-a went on with the session before it stopped: {StoredSessions.Describe(afterStop)}");

        var second = await Deployment.StartWorkerAsync("worker-b");
        var completed = await Deployment.Sessions.WaitFor(request.SessionId, s => s.CurrentState == "Completed", "completed", Timeout);

        Assert.Equal(CallbackReason.AgentConnected, completed.Reason);
        Assert.Equal(["Scheduled", "WaitingForAgent", "Dialing", "HumanDetected", "Routed", "Completed"], States(completed));
        Assert.True(second.Output.Contains(SimulatedCall, request.SessionId.ToString()), "worker-b never dialed the customer");
    }

    static IEnumerable<string> States(CallbackSession session) => session.History.Where(h => h.From != h.To).Select(h => h.To);
}
