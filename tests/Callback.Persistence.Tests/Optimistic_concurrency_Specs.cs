using Callback.Sagas.Persistence;
using Callback.Sagas.Persistence.Sagas;
using Callback.Sagas.StateMachines;

namespace Callback.Persistence.Tests;

public class Optimistic_concurrency_Specs
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Of_two_writers_that_loaded_the_same_version_the_first_to_save_wins_and_the_second_is_refused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Migrated(provider);
        var id = await Saved(database, Sessions.Full());

        await using var first = database.Context();
        await using var second = database.Context();
        var firstStore = new SagaStore<CallbackSession>(first);
        var secondStore = new SagaStore<CallbackSession>(second);
        var firstCopy = (await firstStore.Load(id))!;
        var secondCopy = (await secondStore.Load(id))!;

        firstCopy.History.Add(new SessionHistoryEntry(DateTimeOffset.UtcNow, "First", "Dialing", "Dialing"));
        await firstStore.Update(firstCopy);
        secondCopy.History.Add(new SessionHistoryEntry(DateTimeOffset.UtcNow, "Second", "Dialing", "Dialing"));
        secondCopy.AgentId = "agent-of-the-second";
        var refused = await Assert.ThrowsAsync<SagaConcurrencyException>(() => secondStore.Update(secondCopy));

        Assert.Equal(id, refused.CorrelationId);
        var stored = await Loaded(database, id);
        Assert.Equal(2, stored.Version);
        Assert.Equal("First", stored.History[^1].Event);
        Assert.Equal("agent-7001", stored.AgentId);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Of_many_writers_at_once_each_either_saves_on_top_of_the_others_or_is_refused(DatabaseProvider provider)
    {
        // However the database interleaves them, a save that succeeded is in the row and every other one was refused:
        // none overwrote another.
        await using var database = await TestDatabase.Migrated(provider);
        var id = await Saved(database, Sessions.Full());

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(async i =>
        {
            await using var db = database.Context();
            var store = new SagaStore<CallbackSession>(db);
            var copy = (await store.Load(id))!;
            copy.UserData[$"writer-{i}"] = "was here";
            try
            {
                await store.Update(copy);
                return true;
            }
            catch (SagaConcurrencyException)
            {
                return false;
            }
        }));

        var stored = await Loaded(database, id);
        Assert.Equal(1 + outcomes.Count(won => won), stored.Version);
        Assert.Equal(outcomes.Count(won => won), stored.UserData.Keys.Count(k => k.StartsWith("writer-", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Deleting_a_session_that_changed_since_it_was_loaded_is_refused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Migrated(provider);
        var id = await Saved(database, Sessions.Full());

        await using var deleter = database.Context();
        var deleterStore = new SagaStore<CallbackSession>(deleter);
        var stale = (await deleterStore.Load(id))!;

        await using (var updater = database.Context())
        {
            var store = new SagaStore<CallbackSession>(updater);
            var fresh = (await store.Load(id))!;
            fresh.Reason = "CANCELLED";
            await store.Update(fresh);
        }

        await Assert.ThrowsAsync<SagaConcurrencyException>(() => deleterStore.Delete(stale));
        Assert.Equal("CANCELLED", (await Loaded(database, id)).Reason);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Creating_a_session_that_another_message_created_first_is_a_conflict_not_an_overwrite(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Migrated(provider);
        var id = await Saved(database, Sessions.Full());

        await using var late = database.Context();
        var duplicate = Sessions.Full(id);
        duplicate.CustomerNumber = "+15105550000";
        var refused = await Assert.ThrowsAsync<SagaConcurrencyException>(() => new SagaStore<CallbackSession>(late).Save(duplicate));

        Assert.Equal(id, refused.CorrelationId);
        Assert.NotEqual("+15105550000", (await Loaded(database, id)).CustomerNumber);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_insert_of_an_existing_session_reports_it_and_the_transaction_goes_on_to_load_it(DatabaseProvider provider)
    {
        // What MassTransit does with InsertOnInitial: insert a blank instance, and load the existing one if that fails.
        // On PostgreSQL the failed INSERT would abort the transaction, were it not for the savepoint around it.
        await using var database = await TestDatabase.Migrated(provider);
        var id = await Saved(database, Sessions.Full());

        await using var db = database.Context();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var store = new SagaStore<CallbackSession>(db);

        Assert.False(await store.TryInsert(Sessions.Blank(id)));
        var existing = await store.Load(id);
        Assert.NotNull(existing);
        existing.AgentId = "agent-after-insert-race";
        await store.Update(existing);
        await transaction.CommitAsync();

        var stored = await Loaded(database, id);
        Assert.Equal("agent-after-insert-race", stored.AgentId);
        Assert.Equal(2, stored.Version);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_insert_of_a_new_session_stores_it_blank_until_its_first_transition_is_saved(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Migrated(provider);
        var id = Guid.NewGuid();

        await using var db = database.Context();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var store = new SagaStore<CallbackSession>(db);
        var blank = Sessions.Blank(id);
        Assert.True(await store.TryInsert(blank));
        blank.CurrentState = "Scheduled";
        blank.ServiceName = "user-scheduled";
        await store.Update(blank);
        await transaction.CommitAsync();

        var stored = await Loaded(database, id);
        Assert.Equal("Scheduled", stored.CurrentState);
        Assert.Equal(2, stored.Version);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_undone_session_saves_nothing_of_what_the_message_changed(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Migrated(provider);
        var id = await Saved(database, Sessions.Full());

        await using var db = database.Context();
        var store = new SagaStore<CallbackSession>(db);
        var session = (await store.Load(id))!;
        session.AgentId = "never-saved";
        session.History.Add(new SessionHistoryEntry(DateTimeOffset.UtcNow, "NeverSaved", "Dialing", "Dialing"));
        store.Undo(session);
        await db.SaveChangesAsync();

        var stored = await Loaded(database, id);
        Assert.Equal("agent-7001", stored.AgentId);
        Assert.DoesNotContain(stored.History, h => h.Event == "NeverSaved");
        Assert.Equal(1, stored.Version);
    }

    static async Task<Guid> Saved(TestDatabase database, CallbackSession session)
    {
        await using var db = database.Context();
        await new SagaStore<CallbackSession>(db).Save(session);
        return session.CorrelationId;
    }

    static async Task<CallbackSession> Loaded(TestDatabase database, Guid id)
    {
        await using var db = database.Context();
        return (await new SagaStore<CallbackSession>(db).Load(id))!;
    }
}
