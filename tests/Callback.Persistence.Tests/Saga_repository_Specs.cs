using Callback.Sagas.Contracts.Requests;
using Callback.Sagas.Persistence;
using Callback.Testing;
using MassTransit;

namespace Callback.Persistence.Tests;

public class Saga_repository_Specs
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_scheduled_request_is_stored_and_found_in_Scheduled_by_a_query(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Migrated(provider);
        await using var host = await SessionsOnDatabase.Start(database);
        var request = Given.Callback(desiredTime: host.Now.AddHours(3));

        await host.Harness.Bus.Publish(request);

        Assert.NotNull(await host.Sessions.Exists(request.SessionId, x => x.Scheduled, host.Harness.TestTimeout));
        Assert.NotNull(await host.Sessions.Exists(request.SessionId, host.Harness.TestTimeout));
        Assert.Null(await host.Sessions.Exists(request.SessionId, x => x.Dialing, TimeSpan.FromMilliseconds(200)));
        var stored = await host.Stored(request.SessionId);
        Assert.NotNull(stored);
        Assert.Equal(request.DesiredTime, stored.DesiredTime);
        Assert.Equal(request.Options, stored.Options);
        Assert.Equal(request.UserData, stored.UserData);
        Assert.NotNull(stored.ExecutionCheckToken);
        Assert.Equal(1, stored.Version);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_session_moves_from_its_request_through_its_states_and_each_step_is_saved(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Migrated(provider);
        await using var host = await SessionsOnDatabase.Start(database);
        var request = Given.Callback(Given.Options(waitForAgent: true));

        await host.Harness.Bus.Publish(request);
        Assert.NotNull(await host.Sessions.Exists(request.SessionId, x => x.WaitingForAgent, host.Harness.TestTimeout));

        await host.Harness.Bus.Publish(Given.AgentAvailableFor(request.SessionId, host.Now));
        Assert.NotNull(await host.Sessions.Exists(request.SessionId, x => x.Dialing, host.Harness.TestTimeout));

        await host.Harness.Bus.Publish(new CancelRequested { SessionId = request.SessionId, RequestedAt = host.Now });
        var completed = await host.StoredWhen(request.SessionId, s => s.CurrentState == "Completed", "Completed");

        Assert.Equal("CANCELLED", completed.Reason);
        Assert.Equal(1, completed.DialAttempts);
        Assert.Equal(3, completed.Version);
        Assert.Equal(
            [("Initial", "Scheduled"), ("Scheduled", "WaitingForAgent"), ("WaitingForAgent", "Dialing"), ("Dialing", "Completed")],
            completed.History.Where(h => h.From != h.To).Select(h => (h.From, h.To)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_session_the_web_tier_stored_with_its_booking_is_taken_on_by_its_request_keeping_its_creation_time(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Migrated(provider);
        await using var host = await SessionsOnDatabase.Start(database);
        var booked = host.Now.AddMinutes(-1);
        var request = Given.Callback(desiredTime: host.Now.AddHours(3), at: booked);
        await using (var db = database.Context())
        {
            db.Sessions.Add(new Sagas.StateMachines.CallbackSession
            {
                CorrelationId = request.SessionId, CurrentState = Sagas.StateMachines.GmsCallbackState.Initial, ServiceName = request.ServiceName,
                CustomerNumber = request.CustomerNumber, DesiredTime = request.DesiredTime, CreatedAt = booked,
                ExpirationTime = request.DesiredTime!.Value + request.Options.Ttl, Options = request.Options,
            });
            await db.SaveChangesAsync();
        }

        await host.Harness.Bus.Publish(request);

        var stored = await host.StoredWhen(request.SessionId, s => s.CurrentState == "Scheduled", "Scheduled");
        Assert.Equal(booked, stored.CreatedAt);
        Assert.Equal(request.UserData, stored.UserData);
        Assert.Single(stored.History, h => h.From == "Initial" && h.To == "Scheduled");
        Assert.Empty(host.FaultsSoFar<CallbackRequested>());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_start_request_delivered_several_times_at_once_creates_one_session_and_fails_nothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Migrated(provider);
        await using var host = await SessionsOnDatabase.Start(database);
        var request = Given.Callback(desiredTime: host.Now.AddHours(3));
        const int deliveries = 5;

        await Task.WhenAll(Enumerable.Range(0, deliveries).Select(_ => host.Harness.Bus.Publish(request)));

        // One delivery creates the session; each of the others loads it (after a retry if it lost the insert race) and is ignored.
        var stored = await host.StoredWhen(request.SessionId, s => s.Version == deliveries, $"at version {deliveries}");
        Assert.Equal("Scheduled", stored.CurrentState);
        Assert.Single(stored.History, h => h.From == "Initial");
        Assert.Empty(host.FaultsSoFar<CallbackRequested>());
        await using var db = database.Context();
        Assert.Equal(1, db.Sessions.Count(s => s.CorrelationId == request.SessionId));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Twenty_events_of_one_session_arriving_together_are_all_applied_none_overwriting_another(DatabaseProvider provider)
    {
        // The production endpoint: its partitioner lines a session's events up within a process, so a burst does not
        // spend its retries on collisions (it did, with retries alone, before the partitioner).
        await using var database = await TestDatabase.Migrated(provider);
        await using var host = await SessionsOnDatabase.Start(database);

        await ReschedulesAtOnce(host, 20);
    }

    /// <summary>
    /// Each reschedule adds its own user-data key and history line, and the repository adds one to the version per message:
    /// with last-writer-wins, keys and lines would go missing and the version would fall short.
    /// </summary>
    static async Task ReschedulesAtOnce(SessionsOnDatabase host, int events)
    {
        var request = Given.Callback(desiredTime: host.Now.AddHours(3));
        await host.Harness.Bus.Publish(request);
        await host.StoredWhen(request.SessionId, s => s.Version == 1, "created");

        await Task.WhenAll(Enumerable.Range(1, events).Select(i => host.Harness.Bus.Publish(new RescheduleRequested
        {
            SessionId = request.SessionId,
            DesiredTime = host.Now.AddHours(3).AddMinutes(i),
            UserData = new Dictionary<string, string> { [$"key-{i}"] = $"value-{i}" },
            RequestedAt = host.Now,
        })));

        var stored = await host.StoredWhen(request.SessionId, s => s.Version == 1 + events, $"at version {1 + events}");
        Assert.Empty(host.FaultsSoFar<RescheduleRequested>());
        Assert.Equal(Enumerable.Range(1, events).Select(i => $"key-{i}").Order(),
            stored.UserData.Keys.Where(k => k.StartsWith("key-", StringComparison.Ordinal)).Order());
        Assert.Equal(events, stored.History.Count(h => h.Event == "Rescheduled"));
        Assert.Equal("John", stored.UserData["first_name"]);
    }
}
