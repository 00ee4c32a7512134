using Callback.Integration.Tests.Harness;
using Callback.Sagas.StateMachines;
using Callback.Testing;
using Xunit.Abstractions;

namespace Callback.Integration.Tests;

public sealed class Killing_a_worker_between_save_and_send_Specs(ITestOutputHelper output) :
    DeploymentSpecs(output)
{
    static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>The broker refuses the first worker every publish of URS's WaitForAgent command, and nothing else.</summary>
    const string AllButWaitForAgent = @"^(?!Callback\.Sagas\.Contracts\.Urs:WaitForAgent$).*";

    [Fact]
    public async Task A_worker_killed_after_saving_a_transition_and_before_sending_its_messages_loses_none_of_them()
    {
        var user = await Deployment.CreateUserAsync("worker-a");
        await user.SetWritePermissionAsync(AllButWaitForAgent);
        var first = await Deployment.StartWorkerAsync("worker-a", user: user);
        var request = Requests.ImmediateWaitingForAgent();

        await Deployment.Bus.Publish(request);

        // The transition to WaitingForAgent is committed with its messages; the WaitForAgent among them cannot leave.
        await Deployment.Sessions.WaitFor(request.SessionId, s => s.CurrentState == "WaitingForAgent", "waiting for an agent", Timeout);
        await Polling.WaitForQuery(async () => (await Deployment.Outbox.Waiting()).Any(IsWaitForAgent), "WaitForAgent to wait in the outbox", Timeout);
        first.Kill();

        var inbox = Assert.Single(await Deployment.Outbox.Inbox());
        Assert.NotNull(inbox.Consumed);
        Assert.Null(inbox.Delivered);
        Assert.Contains(await Deployment.Outbox.Waiting(), IsWaitForAgent);

        // The broker gives the unacknowledged request to the next worker, which sends what the first one saved.
        var second = await Deployment.StartWorkerAsync("worker-b");
        var completed = await Deployment.Sessions.WaitFor(request.SessionId, s => s.CurrentState == "Completed", "completed", Timeout);

        Assert.Equal(CallbackReason.AgentConnected, completed.Reason);
        Assert.Single(completed.History, h => h.To == "WaitingForAgent" && h.From != h.To);
        Assert.True(second.Output.Contains("Simulated SIP Server: call", request.SessionId.ToString()), "worker-b never dialed the customer");

        // The last transition's messages leave just after its commit.
        await Polling.WaitForQuery(async () => (await Deployment.Outbox.Waiting()).Count == 0, "the outbox to empty", Timeout);
        Assert.All(await Deployment.Outbox.Inbox(), i => Assert.NotNull(i.Delivered));
    }

    static bool IsWaitForAgent(string messageType) => messageType.Contains(":WaitForAgent", StringComparison.Ordinal);
}
