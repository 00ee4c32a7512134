using Callback.Integration.Tests.Harness;
using Callback.Sagas.Contracts.Requests;
using Callback.Sagas.StateMachines;
using Xunit.Abstractions;

namespace Callback.Integration.Tests;

public sealed class Competing_workers_Specs(ITestOutputHelper output) :
    DeploymentSpecs(output)
{
    // Each reschedule is four commands to the clustered Quartz store (two timers moved), which serializes them on a
    // database lock: more sessions would mostly measure that queue.
    const int SessionCount = 20;
    const int ReschedulesEach = 3;

    /// <summary>Each phase takes a few seconds; on a machine busy with other work the Quartz store's queue can take several times that.</summary>
    static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Two_workers_on_the_same_queues_lose_no_update_of_sessions_changed_by_concurrent_events()
    {
        // One after the other: each creates Quartz's tables if they are missing, which two at once could both try.
        var workers = new[] { await Deployment.StartWorkerAsync("worker-1"), await Deployment.StartWorkerAsync("worker-2") };

        // Every start request twice, the copies side by side, so that the broker's round robin hands them to different
        // workers, which race to create the same session.
        var requests = Enumerable.Range(0, SessionCount)
            .Select(i => Requests.ScheduledAt(Requests.WholeSecondsFromNow(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(i))))
            .ToList();
        var ids = requests.Select(r => r.SessionId).ToList();
        await Deployment.Bus.PublishAll(requests.SelectMany(r => new[] { r, r }));

        // The repository adds one to the version per message it processes: one creation plus one duplicate ignored.
        var created = await Deployment.Sessions.WaitForAll(ids, s => s.Version >= 2, "created, and their duplicates processed", Timeout);
        Assert.All(created, session =>
        {
            Assert.Equal(2, session.Version);
            Assert.Equal([("Initial", "Scheduled")], session.History.Select(h => (h.From, h.To)));
        });

        // Several reschedules of each session at once: when both workers load the same version, the one that saves second loses and retries.
        var reschedules = requests
            .SelectMany(r => Enumerable.Range(1, ReschedulesEach).Select(k => Requests.Reschedule(r.SessionId, r.DesiredTime!.Value + TimeSpan.FromDays(k))))
            .ToList();
        await Deployment.Bus.PublishAll(reschedules);

        var rescheduled = await Deployment.Sessions.WaitForAll(ids, s => s.Version >= 2 + ReschedulesEach, "rescheduled", Timeout);
        Assert.All(rescheduled, session =>
        {
            var published = reschedules.Where(r => r.SessionId == session.CorrelationId).ToList();
            Assert.Equal(2 + ReschedulesEach, session.Version);
            Assert.Equal(published.Select(Detail).Order(), DesiredTimesRecorded(session).Order());
            Assert.Equal(DesiredTimesRecorded(session).Last(), Detail(session.DesiredTime!.Value));
            Assert.Equal(session.DesiredTime + session.Options.Ttl, session.ExpirationTime);
        });

        // A last reschedule to a few seconds from now, and every session runs to an agent on whichever worker gets its messages.
        var soon = Requests.WholeSecondsFromNow(TimeSpan.FromSeconds(3));
        await Deployment.Bus.PublishAll(ids.Select(id => Requests.Reschedule(id, soon)));

        var completed = await Deployment.Sessions.WaitForAll(ids, s => s.CurrentState == "Completed", "completed", Timeout);
        Assert.All(completed, session =>
        {
            Assert.Equal(CallbackReason.AgentConnected, session.Reason);
            Assert.Equal(ReschedulesEach + 1, DesiredTimesRecorded(session).Count());
            Assert.Equal(["Scheduled", "Dialing", "HumanDetected", "Routed", "Completed"], session.History.Where(h => h.From != h.To).Select(h => h.To));
            AssertEachTransitionStartsWhereTheLastEnded(session);
        });
        Assert.All(workers, worker => Assert.True(worker.Output.Contains("Simulated SIP Server: call"), $"{worker.Name} placed no call"));
    }

    static string Detail(RescheduleRequested reschedule) => Detail(reschedule.DesiredTime);

    /// <summary>What a session's history records of a reschedule it took.</summary>
    static string Detail(DateTimeOffset desiredTime) => $"desired time {desiredTime:O}";

    static IEnumerable<string> DesiredTimesRecorded(CallbackSession session) =>
        session.History.Where(h => h.Event == "Rescheduled").Select(h => h.Detail!);

    /// <summary>A lost update would drop a transition from the history, leaving a gap between one entry's state and the next one's.</summary>
    static void AssertEachTransitionStartsWhereTheLastEnded(CallbackSession session)
    {
        var state = "Initial";
        foreach (var entry in session.History)
        {
            Assert.Equal(state, entry.From);
            state = entry.To;
        }

        Assert.Equal(session.CurrentState, state);
    }
}
