using Callback.Integration.Tests.Harness;
using Callback.Sagas.StateMachines;
using Xunit.Abstractions;

namespace Callback.Integration.Tests;

/// <summary>
/// The deployment of docker-compose.yml and scripts/run-stack.sh: workers with <c>Telephony:Mode = External</c> and the
/// simulated URS and SIP Server as a process of their own (<c>Workers:Role = Simulator</c>), which has no database.
/// </summary>
public sealed class Simulator_process_Specs(ITestOutputHelper output) :
    DeploymentSpecs(output)
{
    const int SessionCount = 20;

    static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>MassTransit logs every message a worker consumes at Debug (<c>RECEIVE &lt;queue&gt; ...</c>): who handled what.</summary>
    static readonly Dictionary<string, string> ExternalTelephony = new()
    {
        ["Telephony:Mode"] = "External",
        ["Logging:LogLevel:MassTransit.Messages"] = "Debug",
    };

    [Fact]
    public async Task Sessions_on_two_workers_reach_an_agent_through_the_simulator_process()
    {
        // One after the other: each creates Quartz's tables if they are missing, which two at once could both try.
        var workers = new[]
        {
            await Deployment.StartWorkerAsync("worker-1", ExternalTelephony), await Deployment.StartWorkerAsync("worker-2", ExternalTelephony),
        };
        var simulator = await Deployment.StartSimulatorAsync("simulator");

        // Waiting for an agent, so that each session needs the simulated URS and SIP Server and, for the delayed
        // answers, the scheduler the workers host.
        var requests = Enumerable.Range(0, SessionCount).Select(_ => Requests.ImmediateWaitingForAgent()).ToList();
        await Deployment.Bus.PublishAll(requests);

        var completed = await Deployment.Sessions.WaitForAll([.. requests.Select(r => r.SessionId)], s => s.CurrentState == "Completed", "completed",
            Timeout);
        Assert.All(completed, session => Assert.Equal(CallbackReason.AgentConnected, session.Reason));

        Assert.All(requests, request => Assert.True(simulator.Output.Contains("Simulated SIP Server: call", request.SessionId.ToString()),
            $"the simulator placed no call for {request.SessionId}"));
        Assert.All(workers, worker =>
        {
            Assert.True(worker.Output.Contains("RECEIVE", "/callback-session "), $"{worker.Name} handled no session message");
            Assert.False(worker.Output.Contains("Simulated"), $"{worker.Name} ran the simulator");
        });

        // The simulator never opened a database: none was configured, and nothing it runs asks for one.
        Assert.False(simulator.Output.Contains("Migrating"), "the simulator migrated a database");
        Assert.DoesNotContain(await Deployment.Broker.QueueNames(), queue => queue.EndsWith("_error", StringComparison.Ordinal));
    }
}
