using Callback.Sagas.Observability;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Callback.Sagas.Persistence.Bookings;

/// <summary>
/// The capacity of time slots: a slot of a service takes at most <c>capacity</c> sessions, and each session holds at
/// most one place. Safe under any number of concurrent callers, in one process or many: a place is taken by a single
/// conditional <c>UPDATE ... SET booked = booked + 1 WHERE booked &lt; capacity</c> (on PostgreSQL and SQLite, an upsert
/// that also creates the slot's row: <see cref="SlotUpserts"/>), which the database serializes on the slot's row, and given back by deleting the session's booking row, which only one caller can do.
/// Each operation runs either in a <see cref="CallbackDbContext"/> and transaction of its own, or in the caller's (so that
/// a booking commits with the caller's other work, such as the messages of a <see cref="Outbox.CallbackUnitOfWork"/>);
/// slot starts are compared as UTC instants. Places taken and given back are counted in <see cref="CallbackMetrics"/> when
/// the change is made; in a caller's transaction that is then rolled back they were counted all the same.
/// </summary>
public sealed class SlotBookings(IDbContextFactory<CallbackDbContext> contexts, TimeProvider time, CallbackMetrics metrics)
{
    const string SlotSavepoint = "slot_row";
    const string BookingSavepoint = "slot_booking";

    /// <summary>Takes one place of the slot for the session, if the slot has fewer than <paramref name="capacity"/> bookings.</summary>
    public async Task<SlotBookingResult> TryBook(string serviceName, DateTimeOffset slotStart, int capacity, Guid sessionId,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await TryBook(db, serviceName, slotStart, capacity, sessionId, cancellationToken);
        if (result == SlotBookingResult.Booked)
            await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>
    /// <see cref="TryBook(string,DateTimeOffset,int,Guid,CancellationToken)"/> in the caller's transaction on
    /// <paramref name="db"/>, which commits it. Anything but <see cref="SlotBookingResult.Booked"/> leaves the
    /// transaction as it was. The context's pending changes are saved first.
    /// </summary>
    public async Task<SlotBookingResult> TryBook(CallbackDbContext db, string serviceName, DateTimeOffset slotStart, int capacity, Guid sessionId,
        CancellationToken cancellationToken = default)
    {
        var transaction = CallersTransaction(db);
        slotStart = slotStart.ToUniversalTime();
        if (capacity <= 0)
            return SlotBookingResult.Full;

        if (SlotUpserts.Apply(db))
        {
            var upserted = await SlotUpserts.Book(db, serviceName, slotStart, capacity, sessionId, time.GetUtcNow(),
                () => GivePlaceBack(db, serviceName, slotStart, cancellationToken), cancellationToken);
            if (upserted == SlotBookingResult.Booked)
                metrics.SlotBooked(serviceName);
            return upserted;
        }

        await EnsureSlot(db, serviceName, slotStart, cancellationToken);
        await Savepoint(db, BookingSavepoint, cancellationToken);

        var booking = db.SessionBookings.Add(new SessionBooking
        {
            SessionId = sessionId, ServiceName = serviceName, SlotStart = slotStart, BookedAt = time.GetUtcNow(),
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (DatabaseErrors.IsUniqueViolation(exception))
        {
            await transaction.RollbackToSavepointAsync(BookingSavepoint, cancellationToken);
            return SlotBookingResult.AlreadyBooked;
        }
        finally
        {
            booking.State = EntityState.Detached;
        }

        if (!await TakePlace(db, serviceName, slotStart, capacity, cancellationToken))
        {
            await transaction.RollbackToSavepointAsync(BookingSavepoint, cancellationToken);
            return SlotBookingResult.Full;
        }

        metrics.SlotBooked(serviceName);
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

        // The read stays outside the transaction: on SQLite the transaction holds the database's write lock, which a
        // release that overtakes this move needs.
        while (true)
        {
            var booking = await CurrentBooking(db, sessionId, cancellationToken);
            if (Settled(booking, newSlotStart, capacity) is { } settled)
                return settled;

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var result = await Move(db, booking!, newSlotStart, capacity, cancellationToken);
            if (result is null)
                continue;
            if (result == SlotBookingResult.Booked)
                await transaction.CommitAsync(cancellationToken);
            return result.Value;
        }
    }

    /// <summary>
    /// <see cref="TryMove(Guid,DateTimeOffset,int,CancellationToken)"/> in the caller's transaction on <paramref name="db"/>,
    /// which commits it. Anything but <see cref="SlotBookingResult.Booked"/> leaves the transaction as it was.
    /// </summary>
    public async Task<SlotBookingResult> TryMove(CallbackDbContext db, Guid sessionId, DateTimeOffset newSlotStart, int capacity,
        CancellationToken cancellationToken = default)
    {
        CallersTransaction(db);
        newSlotStart = newSlotStart.ToUniversalTime();
        while (true)
        {
            var booking = await CurrentBooking(db, sessionId, cancellationToken);
            if (Settled(booking, newSlotStart, capacity) is { } settled)
                return settled;
            if (await Move(db, booking!, newSlotStart, capacity, cancellationToken) is { } result)
                return result;
        }
    }

    static Task<SessionBooking?> CurrentBooking(CallbackDbContext db, Guid sessionId, CancellationToken cancellationToken) =>
        db.SessionBookings.AsNoTracking().SingleOrDefaultAsync(b => b.SessionId == sessionId, cancellationToken);

    /// <summary>The outcome of a move that needs no change, or null if the place has to be moved.</summary>
    static SlotBookingResult? Settled(SessionBooking? booking, DateTimeOffset newSlotStart, int capacity) =>
        booking is null ? SlotBookingResult.NotBooked
        : booking.SlotStart == newSlotStart ? SlotBookingResult.Booked
        : capacity <= 0 ? SlotBookingResult.Full
        : null;

    /// <summary>
    /// Moves <paramref name="booking"/> in the current transaction; null if another move or a release of the same session
    /// got in between its read and this update (nothing changed then: read again).
    /// </summary>
    async Task<SlotBookingResult?> Move(CallbackDbContext db, SessionBooking booking, DateTimeOffset newSlotStart, int capacity,
        CancellationToken cancellationToken)
    {
        if (!await TakeNewPlace(db, booking.ServiceName, newSlotStart, capacity, cancellationToken))
            return SlotBookingResult.Full;

        var moved = await db.SessionBookings
            .Where(b => b.SessionId == booking.SessionId && b.SlotStart == booking.SlotStart)
            .ExecuteUpdateAsync(b => b.SetProperty(x => x.SlotStart, newSlotStart).SetProperty(x => x.BookedAt, time.GetUtcNow()),
                cancellationToken);
        if (moved == 0)
        {
            // The place just taken in the new slot goes back; this transaction holds its row, so the count is exact.
            await GivePlaceBack(db, booking.ServiceName, newSlotStart, cancellationToken);
            return null;
        }

        await GivePlaceBack(db, booking.ServiceName, booking.SlotStart, cancellationToken);
        metrics.SlotBooked(booking.ServiceName);
        metrics.SlotReleased(booking.ServiceName);
        return SlotBookingResult.Booked;
    }

    /// <summary>Gives the session's place back; true only for the one call that actually released it.</summary>
    public async Task<bool> Release(Guid sessionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var released = await Release(db, sessionId, cancellationToken);
        if (released)
            await transaction.CommitAsync(cancellationToken);
        return released;
    }

    /// <summary><see cref="Release(Guid,CancellationToken)"/> in the caller's transaction on <paramref name="db"/>, which commits it.</summary>
    public async Task<bool> Release(CallbackDbContext db, Guid sessionId, CancellationToken cancellationToken = default)
    {
        CallersTransaction(db);
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
            metrics.SlotReleased(booking.ServiceName);
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
    /// Makes sure the slot has its row. Two callers may both insert it: the loser's duplicate key is rolled back to a
    /// savepoint, so it neither fails the booking nor aborts the transaction (PostgreSQL would abort it).
    /// </summary>
    static async Task EnsureSlot(CallbackDbContext db, string serviceName, DateTimeOffset slotStart, CancellationToken cancellationToken)
    {
        if (await db.SlotBookings.AnyAsync(s => s.ServiceName == serviceName && s.SlotStart == slotStart, cancellationToken))
            return;

        await Savepoint(db, SlotSavepoint, cancellationToken);
        var slot = db.SlotBookings.Add(new SlotBooking { ServiceName = serviceName, SlotStart = slotStart });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (DatabaseErrors.IsUniqueViolation(exception))
        {
            // Another caller created it first: just as good.
            await db.Database.CurrentTransaction!.RollbackToSavepointAsync(SlotSavepoint, cancellationToken);
        }
        finally
        {
            slot.State = EntityState.Detached;
        }
    }

    /// <summary>
    /// A savepoint to undo what follows it. The context's pending changes (the caller's) are saved before it, so that
    /// a rollback to it cannot take them away while the context believes them saved.
    /// </summary>
    static async Task Savepoint(CallbackDbContext db, string name, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        await db.Database.CurrentTransaction!.CreateSavepointAsync(name, cancellationToken);
    }

    static IDbContextTransaction CallersTransaction(CallbackDbContext db) =>
        db.Database.CurrentTransaction
        ?? throw new InvalidOperationException("The booking joins the caller's transaction: begin one on the context first.");

    /// <summary>Takes a place in a slot that may have no row yet: one upsert where the provider has it.</summary>
    static async Task<bool> TakeNewPlace(CallbackDbContext db, string serviceName, DateTimeOffset slotStart, int capacity,
        CancellationToken cancellationToken)
    {
        if (SlotUpserts.Apply(db))
            return await SlotUpserts.TakePlace(db, serviceName, slotStart, capacity, cancellationToken);

        await EnsureSlot(db, serviceName, slotStart, cancellationToken);
        return await TakePlace(db, serviceName, slotStart, capacity, cancellationToken);
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
