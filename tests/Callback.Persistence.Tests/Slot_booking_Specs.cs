using Callback.Sagas.Observability;
using Callback.Sagas.Persistence;
using Callback.Sagas.Persistence.Bookings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Callback.Persistence.Tests;

public class Slot_booking_Specs
{
    const string Service = "user-scheduled";
    static readonly DateTimeOffset Slot = new(2014, 7, 30, 10, 0, 0, TimeSpan.Zero);

    /// <summary>The bookings count what they do; no test here reads it.</summary>
    static readonly CallbackMetrics Metrics = new ServiceCollection().AddCallbackMetrics().BuildServiceProvider().GetRequiredService<CallbackMetrics>();

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Of_50_requests_at_once_for_the_10_places_of_a_new_slot_exactly_10_are_booked(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Migrated(provider);
        var bookings = Bookings(database);
        var sessions = Enumerable.Range(0, 50).Select(_ => Guid.NewGuid()).ToList();

        var results = await Task.WhenAll(sessions.Select(session => Task.Run(() => bookings.TryBook(Service, Slot, 10, session))));

        Assert.Equal(10, results.Count(r => r == SlotBookingResult.Booked));
        Assert.Equal(40, results.Count(r => r == SlotBookingResult.Full));
        Assert.Equal(10, await BookedIn(database, Slot));
        await using var db = database.Context();
        var holders = await db.SessionBookings.Select(b => b.SessionId).ToListAsync();
        Assert.Equal(sessions.Where((_, i) => results[i] == SlotBookingResult.Booked).Order(), holders.Order());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_release_gives_back_one_place_once_however_often_it_is_asked_for(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Migrated(provider);
        var bookings = Bookings(database);
        var first = Guid.NewGuid();
        Assert.Equal(SlotBookingResult.Booked, await bookings.TryBook(Service, Slot, 2, first));
        Assert.Equal(SlotBookingResult.Booked, await bookings.TryBook(Service, Slot, 2, Guid.NewGuid()));
        Assert.Equal(SlotBookingResult.Full, await bookings.TryBook(Service, Slot, 2, Guid.NewGuid()));

        var released = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => bookings.Release(first))));

        Assert.Single(released, r => r);
        Assert.Equal(1, await BookedIn(database, Slot));
        Assert.False(await bookings.Release(first));
        Assert.Equal(SlotBookingResult.Booked, await bookings.TryBook(Service, Slot, 2, Guid.NewGuid()));
        Assert.Equal(SlotBookingResult.Full, await bookings.TryBook(Service, Slot, 2, Guid.NewGuid()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_session_holds_at_most_one_place(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Migrated(provider);
        var bookings = Bookings(database);
        var session = Guid.NewGuid();

        var results = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.Run(() => bookings.TryBook(Service, Slot, 10, session))));
        var elsewhere = await bookings.TryBook(Service, Slot.AddMinutes(5), 10, session);

        Assert.Single(results, r => r == SlotBookingResult.Booked);
        Assert.All(results.Where(r => r != SlotBookingResult.Booked), r => Assert.Equal(SlotBookingResult.AlreadyBooked, r));
        Assert.Equal(SlotBookingResult.AlreadyBooked, elsewhere);
        Assert.Equal(1, await BookedIn(database, Slot));
        Assert.Equal(0, await BookedIn(database, Slot.AddMinutes(5)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_same_instant_written_with_another_offset_is_the_same_slot(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Migrated(provider);
        var bookings = Bookings(database);

        Assert.Equal(SlotBookingResult.Booked, await bookings.TryBook(Service, Slot, 2, Guid.NewGuid()));
        Assert.Equal(SlotBookingResult.Booked, await bookings.TryBook(Service, Slot.ToOffset(TimeSpan.FromHours(2)), 2, Guid.NewGuid()));
        Assert.Equal(SlotBookingResult.Full, await bookings.TryBook(Service, Slot.ToOffset(TimeSpan.FromHours(-7)), 2, Guid.NewGuid()));
        Assert.Equal(SlotBookingResult.Booked, await bookings.TryBook("user-delayed", Slot, 2, Guid.NewGuid()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Moving_a_booking_takes_the_new_place_before_giving_back_the_old_one(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Migrated(provider);
        var bookings = Bookings(database);
        var later = Slot.AddMinutes(5);
        var session = Guid.NewGuid();
        await bookings.TryBook(Service, Slot, 1, session);
        await bookings.TryBook(Service, later, 1, Guid.NewGuid());

        Assert.Equal(SlotBookingResult.Full, await bookings.TryMove(session, later, 1));
        Assert.Equal(1, await BookedIn(database, Slot));

        var free = Slot.AddMinutes(10);
        Assert.Equal(SlotBookingResult.Booked, await bookings.TryMove(session, free, 1));
        Assert.Equal(0, await BookedIn(database, Slot));
        Assert.Equal(1, await BookedIn(database, free));
        Assert.Equal(SlotBookingResult.NotBooked, await bookings.TryMove(Guid.NewGuid(), free, 1));

        Assert.True(await bookings.Release(session));
        Assert.Equal(0, await BookedIn(database, free));
    }

    // PostgreSQL only: on SQLite a release's transaction holds the database's write lock from its start, so no move can
    // come between its read and its delete.
    [Fact]
    public async Task A_release_that_a_move_overtook_between_its_read_and_its_delete_gives_back_the_moved_place()
    {
        await using var database = await TestDatabase.Migrated(DatabaseProvider.Postgres);
        var bookings = Bookings(database);
        var later = Slot.AddMinutes(5);
        var session = Guid.NewGuid();
        await bookings.TryBook(Service, Slot, 10, session);
        var pause = new PauseAfterFirstRead("session_bookings");

        var release = Task.Run(() => new SlotBookings(pause.Contexts(database), TimeProvider.System, Metrics).Release(session));
        await pause.Paused;
        Assert.Equal(SlotBookingResult.Booked, await bookings.TryMove(session, later, 10));
        pause.Resume();

        Assert.True(await release);
        Assert.Equal(0, await BookedIn(database, Slot));
        Assert.Equal(0, await BookedIn(database, later));
        await using var db = database.Context();
        Assert.Equal(0, await db.SessionBookings.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_move_that_a_release_overtook_between_its_read_and_its_update_takes_no_place(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Migrated(provider);
        var bookings = Bookings(database);
        var later = Slot.AddMinutes(5);
        var session = Guid.NewGuid();
        await bookings.TryBook(Service, Slot, 10, session);
        var pause = new PauseAfterFirstRead("session_bookings");

        var move = Task.Run(() => new SlotBookings(pause.Contexts(database), TimeProvider.System, Metrics).TryMove(session, later, 10));
        await pause.Paused;
        Assert.True(await bookings.Release(session));
        pause.Resume();

        Assert.Equal(SlotBookingResult.NotBooked, await move);
        Assert.Equal(0, await BookedIn(database, Slot));
        Assert.Equal(0, await BookedIn(database, later));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_places_taken_per_slot_can_be_read_for_a_period(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Migrated(provider);
        var bookings = Bookings(database);
        await bookings.TryBook(Service, Slot, 5, Guid.NewGuid());
        await bookings.TryBook(Service, Slot, 5, Guid.NewGuid());
        await bookings.TryBook(Service, Slot.AddMinutes(5), 5, Guid.NewGuid());
        await bookings.TryBook(Service, Slot.AddMinutes(10), 5, Guid.NewGuid());
        await bookings.TryBook("user-delayed", Slot, 5, Guid.NewGuid());

        var booked = await bookings.Booked(Service, Slot, Slot.AddMinutes(10));

        Assert.Equal(new Dictionary<DateTimeOffset, int> { [Slot] = 2, [Slot.AddMinutes(5)] = 1 }, booked);
    }

    static SlotBookings Bookings(TestDatabase database) => new(database.Contexts, new FakeTimeProvider(Slot.AddDays(-1)), Metrics);

    static async Task<int> BookedIn(TestDatabase database, DateTimeOffset slot)
    {
        await using var db = database.Context();
        return await db.SlotBookings.Where(s => s.ServiceName == Service && s.SlotStart == slot).Select(s => s.Booked).SingleOrDefaultAsync();
    }
}
