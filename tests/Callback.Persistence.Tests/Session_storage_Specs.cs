using Callback.Sagas.Persistence;
using Callback.Sagas.Persistence.Sagas;
using Callback.Sagas.StateMachines;
using Microsoft.EntityFrameworkCore;

namespace Callback.Persistence.Tests;

public class Session_storage_Specs
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_saved_session_loads_with_every_field_as_it_was(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Migrated(provider);
        var session = Sessions.Full();
        Assert.Empty(Sessions.Unset(session));

        await using (var db = database.Context())
            await new SagaStore<CallbackSession>(db).Save(session);

        await using var reader = database.Context();
        var loaded = await new SagaStore<CallbackSession>(reader).Load(session.CorrelationId);

        Assert.NotNull(loaded);
        Assert.Equal(Sessions.Fields(session), Sessions.Fields(loaded));
        Assert.Equal(1, loaded.Version);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_session_without_its_optional_fields_loads_with_them_still_empty(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Migrated(provider);
        var session = Sessions.Full();
        session.DesiredTime = null;
        session.CompletedAt = null;
        session.EwtMeasuredAt = null;
        session.Reason = null;
        session.DeviceOs = null;
        session.DeviceNotificationId = null;
        session.CallId = null;
        session.AgentId = null;
        session.ExecutionCheckToken = null;
        session.ExpirationToken = null;
        session.UserData = [];
        session.History = [];

        await using (var db = database.Context())
            await new SagaStore<CallbackSession>(db).Save(session);

        await using var reader = database.Context();
        var loaded = await reader.Sessions.AsNoTracking().SingleAsync(s => s.CorrelationId == session.CorrelationId);
        Assert.Equal(Sessions.Fields(session), Sessions.Fields(loaded));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Times_are_kept_as_instants_so_filters_and_ordering_follow_the_clock_whatever_the_offset(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Migrated(provider);
        var noonUtc = new DateTimeOffset(2014, 7, 30, 12, 0, 0, TimeSpan.Zero);

        // By the clock: 11:00Z written as 13:00+02:00, then 11:30Z, then 12:30Z written as 07:30-05:00.
        var early = Sessions.Full();
        early.DesiredTime = new DateTimeOffset(2014, 7, 30, 13, 0, 0, TimeSpan.FromHours(2));
        var middle = Sessions.Full();
        middle.DesiredTime = new DateTimeOffset(2014, 7, 30, 11, 30, 0, TimeSpan.Zero);
        var late = Sessions.Full();
        late.DesiredTime = new DateTimeOffset(2014, 7, 30, 7, 30, 0, TimeSpan.FromHours(-5));

        await using (var db = database.Context())
        {
            var store = new SagaStore<CallbackSession>(db);
            foreach (var session in new[] { late, early, middle })
                await store.Save(session);
        }

        await using var reader = database.Context();
        var beforeNoon = await reader.Sessions.Where(s => s.DesiredTime < noonUtc).OrderBy(s => s.DesiredTime).Select(s => s.CorrelationId).ToListAsync();
        var all = await reader.Sessions.OrderBy(s => s.DesiredTime).Select(s => s.CorrelationId).ToListAsync();
        var loadedEarly = await reader.Sessions.AsNoTracking().SingleAsync(s => s.CorrelationId == early.CorrelationId);

        Assert.Equal([early.CorrelationId, middle.CorrelationId], beforeNoon);
        Assert.Equal([early.CorrelationId, middle.CorrelationId, late.CorrelationId], all);
        Assert.Equal(early.DesiredTime, loadedEarly.DesiredTime);
        Assert.Equal(TimeSpan.Zero, loadedEarly.DesiredTime!.Value.Offset);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Changes_made_in_place_to_the_history_and_the_user_data_and_new_options_are_saved(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Migrated(provider);
        var session = Sessions.Full();
        await using (var db = database.Context())
            await new SagaStore<CallbackSession>(db).Save(session);

        var entry = new SessionHistoryEntry(new DateTimeOffset(2014, 7, 30, 8, 5, 0, TimeSpan.Zero), "EwtReported", "WaitingForAgent", "WaitingForAgent", "ewt 42 s");
        await using (var db = database.Context())
        {
            var store = new SagaStore<CallbackSession>(db);
            var loaded = (await store.Load(session.CorrelationId))!;
            loaded.History.Add(entry);
            loaded.UserData["order"] = "B-2";
            loaded.UserData.Remove("empty");
            loaded.UserData["added"] = "yes";
            loaded.Options = loaded.Options with { MaxDialAttempts = loaded.Options.MaxDialAttempts + 1 };
            await store.Update(loaded);
        }

        await using var reader = database.Context();
        var stored = await reader.Sessions.AsNoTracking().SingleAsync(s => s.CorrelationId == session.CorrelationId);
        Assert.Equal([.. session.History, entry], stored.History);
        Assert.Equal(new Dictionary<string, string> { ["first_name"] = "Zoë", ["order"] = "B-2", ["quote"] = "\"x\": {1}", ["added"] = "yes" }, stored.UserData);
        Assert.Equal(session.Options.MaxDialAttempts + 1, stored.Options.MaxDialAttempts);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_session_loaded_and_left_alone_has_nothing_to_save(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Migrated(provider);
        var session = Sessions.Full();
        await using (var db = database.Context())
            await new SagaStore<CallbackSession>(db).Save(session);

        await using var writer = database.Context();
        var store = new SagaStore<CallbackSession>(writer);
        var loaded = (await store.Load(session.CorrelationId))!;
        writer.ChangeTracker.DetectChanges();

        Assert.DoesNotContain(writer.Entry(loaded).Properties, p => p.IsModified);
    }
}
