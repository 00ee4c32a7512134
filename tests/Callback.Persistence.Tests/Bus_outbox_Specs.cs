using Callback.Sagas.Persistence;
using Callback.Sagas.Persistence.Bookings;
using Callback.Testing;
using Microsoft.EntityFrameworkCore;

namespace Callback.Persistence.Tests;

/// <summary>
/// The bus outbox of the web tier: a slot booking and the message that starts its session are committed in one
/// transaction or not at all, and a committed message reaches the broker even when its process stops after the commit.
/// </summary>
public class Bus_outbox_Specs
{
    const string Service = "user-scheduled";
    static readonly DateTimeOffset Slot = new(2014, 7, 30, 10, 0, 0, TimeSpan.Zero);
    static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_booking_and_its_message_commit_together_and_the_message_is_published_then_removed(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Migrated(provider);
        await using var host = await BusOutboxHost.Start(database);
        var session = Guid.NewGuid();

        var result = await host.InUnitOfWork(async work =>
        {
            var booked = await host.Bookings.TryBook(work.Db, Service, Slot, 2, session);
            await work.Publish(new BookingConfirmed(session));
            await work.CommitAsync();
            return booked;
        });

        Assert.Equal(SlotBookingResult.Booked, result);
        await Polling.WaitFor(() => host.Confirmed().Any(c => c.SessionId == session), "the confirmation published", Timeout);
        await Polling.WaitForQuery(() => OutboxEmpty(database), "the delivered message removed", Timeout);
        var delivered = Assert.Single(host.Harness.Consumed.Select<BookingConfirmed>(new CancellationToken(true)));
        Assert.EndsWith($":{nameof(BookingConfirmed)}", delivered.Context.DestinationAddress!.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(1, await BookedIn(database, Slot));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_request_that_fails_before_its_commit_leaves_neither_its_booking_nor_its_message(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Migrated(provider);
        await using var host = await BusOutboxHost.Start(database);
        var failed = Guid.NewGuid();

        await Assert.ThrowsAsync<InvalidOperationException>(() => host.InUnitOfWork<bool>(async work =>
        {
            Assert.Equal(SlotBookingResult.Booked, await host.Bookings.TryBook(work.Db, Service, Slot, 1, failed));
            await work.Publish(new BookingConfirmed(failed));
            await work.Db.SaveChangesAsync();
            throw new InvalidOperationException("The request failed before its commit.");
        }));

        // The slot's one place is free again, and a later request's message is the only one that goes out.
        var later = Guid.NewGuid();
        await host.InUnitOfWork(async work =>
        {
            Assert.Equal(SlotBookingResult.Booked, await host.Bookings.TryBook(work.Db, Service, Slot, 1, later));
            await work.Publish(new BookingConfirmed(later));
            await work.CommitAsync();
            return true;
        });
        await Polling.WaitFor(() => host.Confirmed().Any(c => c.SessionId == later), "the later confirmation published", Timeout);
        await Polling.WaitForQuery(() => OutboxEmpty(database), "the outbox emptied", Timeout);

        Assert.DoesNotContain(host.Confirmed(), c => c.SessionId == failed);
        await using var db = database.Context();
        Assert.Equal([later], await db.SessionBookings.Select(b => b.SessionId).ToListAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Messages_a_process_committed_but_never_sent_are_sent_by_another_process_s_sweep(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Migrated(provider);
        await using var survivor = await BusOutboxHost.Start(database, sweepInterval: TimeSpan.FromMilliseconds(200));
        var sessions = new[] { Guid.NewGuid(), Guid.NewGuid() };

        await using (var stopped = await BusOutboxHost.Start(database, deliver: false))
        {
            foreach (var session in sessions)
            {
                await stopped.InUnitOfWork(async work =>
                {
                    await Book(stopped, work.Db, session);
                    await work.Publish(new BookingConfirmed(session));
                    await work.CommitAsync();
                    return true;
                });
            }

            Assert.Empty(stopped.Confirmed());
        }

        await Polling.WaitFor(() => HasAll(survivor, sessions), "the survivor's sweep to publish both", Timeout);
        await Polling.WaitForQuery(() => OutboxEmpty(database), "the outbox emptied", Timeout);
        Assert.Equal(sessions.Order(), survivor.Confirmed().Select(c => c.SessionId).Order());

        static async Task Book(BusOutboxHost host, CallbackDbContext db, Guid session) =>
            Assert.Equal(SlotBookingResult.Booked, await host.Bookings.TryBook(db, Service, Slot, 10, session));

        static bool HasAll(BusOutboxHost host, Guid[] sessions) => sessions.All(s => host.Confirmed().Any(c => c.SessionId == s));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_pass_that_fails_on_a_message_commits_what_it_sent_before_and_keeps_the_rest_in_order(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Migrated(provider);
        var sessions = new[] { Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid() };
        await using (var stopped = await BusOutboxHost.Start(database, deliver: false))
        {
            foreach (var session in sessions)
            {
                await stopped.InUnitOfWork(async work =>
                {
                    await work.Publish(new BookingConfirmed(session));
                    await work.CommitAsync();
                    return true;
                });
            }
        }

        // The second unit's message cannot be sent: the broker "refuses" it, as a send without a destination fails.
        await using (var db = database.Context())
        {
            var second = await db.OutboxMessages.OrderBy(m => m.SequenceNumber).Skip(1).Select(m => m.SequenceNumber).FirstAsync();
            await db.OutboxMessages.Where(m => m.SequenceNumber == second).ExecuteUpdateAsync(m => m.SetProperty(x => x.DestinationAddress, (Uri?)null));
        }

        await using var survivor = await BusOutboxHost.Start(database, sweepInterval: TimeSpan.FromMilliseconds(200));

        await Polling.WaitForQuery(async () => await WaitingMessages(database) == 2, "the first message's send to be committed", Timeout);
        await Polling.WaitFor(() => survivor.Confirmed().Count > 0, "the first message to arrive", Timeout);
        // Later passes stop at the same message, so the third is never sent ahead of the second.
        Assert.Equal([sessions[0]], survivor.Confirmed().Select(c => c.SessionId));
        Assert.Equal(2, await WaitingMessages(database));

        static async Task<int> WaitingMessages(TestDatabase database)
        {
            await using var db = database.Context();
            return await db.OutboxMessages.CountAsync();
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Of_30_requests_at_once_for_the_last_3_places_3_are_booked_each_with_exactly_one_message(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Migrated(provider);
        await using var host = await BusOutboxHost.Start(database);
        await host.Bookings.TryBook(Service, Slot, 5, Guid.NewGuid());
        await host.Bookings.TryBook(Service, Slot, 5, Guid.NewGuid());
        var sessions = Enumerable.Range(0, 30).Select(_ => Guid.NewGuid()).ToList();

        var results = await Task.WhenAll(sessions.Select(session => Task.Run(() => host.InUnitOfWork(async work =>
        {
            var result = await host.Bookings.TryBook(work.Db, Service, Slot, 5, session);
            if (result != SlotBookingResult.Booked)
                return result;

            await work.Publish(new BookingConfirmed(session));
            await work.CommitAsync();
            return result;
        }))));

        var booked = sessions.Where((_, i) => results[i] == SlotBookingResult.Booked).ToList();
        Assert.Equal(3, booked.Count);
        Assert.Equal(5, await BookedIn(database, Slot));
        await Polling.WaitFor(() => host.Confirmed().Count >= 3, "a confirmation for each booking", Timeout);
        await Polling.WaitForQuery(() => OutboxEmpty(database), "the outbox emptied", Timeout);
        Assert.Equal(booked.Order(), host.Confirmed().Select(c => c.SessionId).Order());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_move_rolled_back_with_its_request_keeps_the_old_place_and_a_committed_release_gives_it_back(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Migrated(provider);
        await using var host = await BusOutboxHost.Start(database);
        var session = Guid.NewGuid();
        Assert.Equal(SlotBookingResult.Booked, await host.Bookings.TryBook(Service, Slot, 1, session));

        await host.InUnitOfWork(async work =>
        {
            Assert.Equal(SlotBookingResult.Booked, await host.Bookings.TryMove(work.Db, session, Slot.AddMinutes(15), 1));
            return true;
        });
        Assert.Equal(1, await BookedIn(database, Slot));
        Assert.Equal(0, await BookedIn(database, Slot.AddMinutes(15)));

        var released = await host.InUnitOfWork(async work =>
        {
            var released = await host.Bookings.Release(work.Db, session);
            await work.CommitAsync();
            return released;
        });
        Assert.True(released);
        Assert.Equal(0, await BookedIn(database, Slot));
    }

    [Fact]
    public async Task Two_delivery_services_on_one_PostgreSQL_database_never_send_the_same_message()
    {
        await using var database = await TestDatabase.Migrated(DatabaseProvider.Postgres);
        var sessions = Enumerable.Range(0, 100).Select(_ => Guid.NewGuid()).ToList();
        await using (var stopped = await BusOutboxHost.Start(database, deliver: false))
        {
            await Task.WhenAll(sessions.Select(session => stopped.InUnitOfWork(async work =>
            {
                await work.Publish(new BookingConfirmed(session));
                await work.CommitAsync();
                return true;
            })));
        }

        await using var first = await BusOutboxHost.Start(database, sweepInterval: TimeSpan.FromMilliseconds(50));
        await using var second = await BusOutboxHost.Start(database, sweepInterval: TimeSpan.FromMilliseconds(50));
        await Polling.WaitForQuery(() => OutboxEmpty(database), "both services to empty the outbox", Timeout);
        await Polling.WaitFor(() => first.Confirmed().Count + second.Confirmed().Count >= sessions.Count, "every message received", Timeout);

        var received = first.Confirmed().Concat(second.Confirmed()).Select(c => c.SessionId).ToList();
        Assert.Equal(sessions.Order(), received.Order());
    }

    static async Task<bool> OutboxEmpty(TestDatabase database)
    {
        await using var db = database.Context();
        return !await db.OutboxMessages.AnyAsync() && !await db.OutboxStates.AnyAsync();
    }

    static async Task<int> BookedIn(TestDatabase database, DateTimeOffset slot)
    {
        await using var db = database.Context();
        return await db.SlotBookings.Where(s => s.ServiceName == Service && s.SlotStart == slot).Select(s => s.Booked).SingleOrDefaultAsync();
    }
}
