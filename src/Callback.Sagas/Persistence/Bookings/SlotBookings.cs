using Microsoft.EntityFrameworkCore;

namespace Callback.Sagas.Persistence.Bookings;

/// <summary>
/// The capacity of time slots: a slot of a service takes at most <c>capacity</c> sessions, and each session holds at
/// most one place. Safe under any number of concurrent callers, in one process or many: a place is taken by a single
/// conditional <c>UPDATE ... SET booked = booked + 1 WHERE booked &lt; capacity</c>, which the database serializes on
/// the slot's row, and given back by deleting the session's booking row, which only one caller can do.
/// Each call uses its own <see cref="CallbackDbContext"/> and transaction; slot starts are compared as UTC instants.
/// </summary>
public sealed class SlotBookings(IDbContextFactory<CallbackDbContext> contexts, TimeProvider time)
{
    /// <summary>Takes one place of the slot for the session, if the slot has fewer than <paramref name="capacity"/> bookings.</summary>
    public async Task<SlotBookingResult> TryBook(string serviceName, DateTimeOffset slotStart, int capacity, Guid sessionId,
        CancellationToken cancellationToken = default)
    {
        slotStart = slotStart.ToUniversalTime();
        if (capacity <= 0)
            return SlotBookingResult.Full;

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await EnsureSlot(db, serviceName, slotStart, cancellationToken);

        // Disposing without a commit rolls back: a full slot or a second booking of the session changes nothing.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        db.SessionBookings.Add(new SessionBooking
        {
            SessionId = sessionId, ServiceName = serviceName, SlotStart = slotStart, BookedAt = time.GetUtcNow(),
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (DatabaseErrors.IsUniqueViolation(exception))
        {
            return SlotBookingResult.AlreadyBooked;
        }

        if (!await TakePlace(db, serviceName, slotStart, capacity, cancellationToken))
            return SlotBookingResult.Full;

        await transaction.CommitAsync(cancellationToken);
        return SlotBookingResult.Booked;
    }

    /// <summary>
    /// Moves the session's place to another slot of its service in one step: the new place is taken before the old one
    /// is given back, so a full new slot leaves the session with the place it had.
    /// </summary>
    public async Task<SlotBookingResult> TryMove(Guid sessionId, DateTimeOffset newSlotStart, int capacity, CancellationToken cancellationToken = default)
    {
        newSlotStart = newSlotStart.ToUniversalTime();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        // Another move or a release of the same session may get in between the read and the update: then read again.
        while (true)
        {
            var booking = await db.SessionBookings.AsNoTracking().SingleOrDefaultAsync(b => b.SessionId == sessionId, cancellationToken);
            if (booking is null)
                return SlotBookingResult.NotBooked;
            if (booking.SlotStart == newSlotStart)
                return SlotBookingResult.Booked;
            if (capacity <= 0)
                return SlotBookingResult.Full;

            await EnsureSlot(db, booking.ServiceName, newSlotStart, cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

            if (!await TakePlace(db, booking.ServiceName, newSlotStart, capacity, cancellationToken))
                return SlotBookingResult.Full;

            var moved = await db.SessionBookings
                .Where(b => b.SessionId == sessionId && b.SlotStart == booking.SlotStart)
                .ExecuteUpdateAsync(b => b.SetProperty(x => x.SlotStart, newSlotStart).SetProperty(x => x.BookedAt, time.GetUtcNow()),
                    cancellationToken);
            if (moved == 0)
                continue;

            await GivePlaceBack(db, booking.ServiceName, booking.SlotStart, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return SlotBookingResult.Booked;
        }
    }

    /// <summary>Gives the session's place back; true only for the one call that actually released it.</summary>
    public async Task<bool> Release(Guid sessionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        while (true)
        {
            var booking = await db.SessionBookings.AsNoTracking().SingleOrDefaultAsync(b => b.SessionId == sessionId, cancellationToken);
            if (booking is null)
                return false;

            // The delete is the arbiter: of two concurrent releases, one deletes the row and the other finds nothing.
            // Finding nothing while the booking exists means a concurrent move took it to another slot: read again.
            var removed = await db.SessionBookings
                .Where(b => b.SessionId == sessionId && b.SlotStart == booking.SlotStart)
                .ExecuteDeleteAsync(cancellationToken);
            if (removed == 0)
                continue;

            await GivePlaceBack(db, booking.ServiceName, booking.SlotStart, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }
    }

    /// <summary>The places taken per slot start of a service in [<paramref name="from"/>, <paramref name="to"/>); slots nobody booked are absent.</summary>
    public async Task<IReadOnlyDictionary<DateTimeOffset, int>> Booked(string serviceName, DateTimeOffset from, DateTimeOffset to,
        CancellationToken cancellationToken = default)
    {
        from = from.ToUniversalTime();
        to = to.ToUniversalTime();

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.SlotBookings.AsNoTracking()
            .Where(s => s.ServiceName == serviceName && s.SlotStart >= from && s.SlotStart < to && s.Booked > 0)
            .ToDictionaryAsync(s => s.SlotStart, s => s.Booked, cancellationToken);
    }

    /// <summary>
    /// Makes sure the slot has its row, outside any transaction: two callers may both insert it, and the loser's
    /// duplicate key must neither fail the booking nor abort a PostgreSQL transaction.
    /// </summary>
    static async Task EnsureSlot(CallbackDbContext db, string serviceName, DateTimeOffset slotStart, CancellationToken cancellationToken)
    {
        if (await db.SlotBookings.AnyAsync(s => s.ServiceName == serviceName && s.SlotStart == slotStart, cancellationToken))
            return;

        db.SlotBookings.Add(new SlotBooking { ServiceName = serviceName, SlotStart = slotStart });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (DatabaseErrors.IsUniqueViolation(exception))
        {
            // Another caller created it first: just as good.
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    static async Task<bool> TakePlace(CallbackDbContext db, string serviceName, DateTimeOffset slotStart, int capacity,
        CancellationToken cancellationToken) =>
        await db.SlotBookings
            .Where(s => s.ServiceName == serviceName && s.SlotStart == slotStart && s.Booked < capacity)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Booked, x => x.Booked + 1), cancellationToken) == 1;

    static Task GivePlaceBack(CallbackDbContext db, string serviceName, DateTimeOffset slotStart, CancellationToken cancellationToken) =>
        db.SlotBookings
            .Where(s => s.ServiceName == serviceName && s.SlotStart == slotStart && s.Booked > 0)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Booked, x => x.Booked - 1), cancellationToken);
}
