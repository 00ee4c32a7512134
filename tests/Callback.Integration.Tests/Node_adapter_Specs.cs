using Callback.Integration.Tests.Harness;
using Callback.Sagas.StateMachines;
using Callback.Testing;
using Xunit.Abstractions;

namespace Callback.Integration.Tests;

/// <summary>
/// The example adapter of <c>examples/node-adapter</c> (plain Node and amqplib, no MassTransit) in place of URS and SIP
/// Server: what it reads and publishes is the contract of <c>docs/adapters.md</c>, so a session that reaches an agent
/// through it shows that contract holds on the wire.
/// </summary>
public sealed class Node_adapter_Specs(ITestOutputHelper output) :
    DeploymentSpecs(output)
{
    static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    static readonly Dictionary<string, string> ExternalTelephony = new() { ["Telephony:Mode"] = "External" };

    /// <summary>An agent soon, a quick answer, and an EWT long enough to start a scheduled session at its first check.</summary>
    static readonly Dictionary<string, string> QuickContactCenter = new()
    {
        ["AGENT_AFTER_MS"] = "500",
        ["RING_MS"] = "200",
        ["EWT_SECONDS"] = "60",
    };

    [Fact]
    public async Task Sessions_served_by_the_Node_adapter_reach_an_agent()
    {
        var worker = await Deployment.StartWorkerAsync("worker", ExternalTelephony);
        var adapter = await Deployment.StartNodeAdapterAsync("node-adapter", QuickContactCenter);

        // Immediate, waiting for an agent: WaitForAgent, then the call. Scheduled 30 s ahead with a 20 s buffer: its first
        // check, 10 s from now, asks URS for the EWT, and the answer (60 s) says it is already time to start.
        var waiting = Requests.ImmediateWaitingForAgent();
        var scheduled = Given.Callback(Given.Options(waitForAgent: false) with { ExecutionTimeBuffer = TimeSpan.FromSeconds(20) },
            Requests.WholeSecondsFromNow(TimeSpan.FromSeconds(30)), DateTimeOffset.UtcNow);
        await Deployment.Bus.PublishAll([waiting, scheduled]);

        var sessions = await Deployment.Sessions.WaitForAll([waiting.SessionId, scheduled.SessionId], s => s.CurrentState == "Completed", "completed",
            Timeout);
        Assert.All(sessions, session => Assert.Equal(CallbackReason.AgentConnected, session.Reason));

        var afterWaiting = sessions.Single(s => s.CorrelationId == waiting.SessionId);
        Assert.Equal(["Scheduled", "WaitingForAgent", "Dialing", "HumanDetected", "Routed", "Completed"], Transitions(afterWaiting));
        var afterEwt = sessions.Single(s => s.CorrelationId == scheduled.SessionId);
        Assert.Equal(["Scheduled", "Dialing", "HumanDetected", "Routed", "Completed"], Transitions(afterEwt));
        Assert.Contains(afterEwt.History, h => h.Event == "EwtReported" && h.To == "Dialing");

        // Every command the sessions needed was read and answered by the adapter, not by a simulator.
        foreach (var command in new[] { "EstimateWaitTime", "WaitForAgent", "DialCustomer", "ReserveTarget", "RouteCall" })
            Assert.True(adapter.Output.Contains(command), $"the adapter did not log {command}. {adapter.Output.Tail()}");
        Assert.False(worker.Output.Contains("Simulated"), "the worker ran the simulator");
        Assert.DoesNotContain(await Deployment.Broker.QueueNames(), queue => queue.EndsWith("_error", StringComparison.Ordinal));
        Assert.Equal(0, await adapter.StopAsync());
    }

    static IEnumerable<string> Transitions(CallbackSession session) => session.History.Where(h => h.From != h.To).Select(h => h.To);
}
