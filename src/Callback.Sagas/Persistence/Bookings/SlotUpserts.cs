using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Callback.Sagas.Persistence.Bookings;

/// <summary>
/// Takes a slot's place in one statement on PostgreSQL and SQLite (3.35 and later): an upsert that creates the slot's
/// row or adds one to it while it has room, so that a booking needs no existence check, no savepoint and no
/// separate <c>UPDATE</c>. The row lock the upsert takes serializes concurrent callers exactly as the conditional
/// <c>UPDATE</c> did. Runs in the context's current transaction; parameters are built by the model's type mappings,
/// so each provider stores the values as EF Core does (UTC instants on PostgreSQL, ticks on SQLite).
/// </summary>
static class SlotUpserts
{
    /// <summary>Returns the slot's new count when a place was taken, no row when the slot is full.</summary>
    const string TakePlaceSql = """
        INSERT INTO slot_bookings (service_name, slot_start, booked) VALUES (@service, @slot, 1)
        ON CONFLICT (service_name, slot_start) DO UPDATE SET booked = slot_bookings.booked + 1
        WHERE slot_bookings.booked < @capacity
        RETURNING booked
        """;

    const string AddSessionBookingSql = """
        INSERT INTO session_bookings (session_id, service_name, slot_start, booked_at) VALUES (@session, @service, @slot, @booked_at)
        ON CONFLICT (session_id) DO NOTHING
        """;

    /// <summary>
    /// PostgreSQL: the place and the session's booking in one round trip; the booking is inserted only if a place was
    /// taken. Returns whether each of the two rows was written.
    /// </summary>
    const string BookSql = $"""
        WITH slot AS ({TakePlaceSql}),
        booking AS (
            INSERT INTO session_bookings (session_id, service_name, slot_start, booked_at)
            SELECT @session, @service, @slot, @booked_at FROM slot
            ON CONFLICT (session_id) DO NOTHING
            RETURNING session_id)
        SELECT (SELECT count(*) FROM slot), (SELECT count(*) FROM booking)
        """;

    public static bool Apply(CallbackDbContext db) => db.Provider is DatabaseProvider.Postgres or DatabaseProvider.Sqlite;

    /// <summary>Takes one place of the slot, creating its row if need be; false if it is full.</summary>
    public static async Task<bool> TakePlace(CallbackDbContext db, string serviceName, DateTimeOffset slotStart, int capacity,
        CancellationToken cancellationToken)
    {
        await using var command = Command(db, TakePlaceSql, serviceName, slotStart, capacity);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    /// <summary>
    /// Takes one place of the slot and records it as the session's. A session that already holds a place gets its
    /// new place given back, in this transaction, so nothing changes.
    /// </summary>
    public static async Task<SlotBookingResult> Book(CallbackDbContext db, string serviceName, DateTimeOffset slotStart, int capacity, Guid sessionId,
        DateTimeOffset bookedAt, Func<Task> givePlaceBack, CancellationToken cancellationToken)
    {
        bool taken, recorded;
        if (db.Provider == DatabaseProvider.Postgres)
        {
            await using var command = SessionCommand(db, BookSql, serviceName, slotStart, capacity, sessionId, bookedAt);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            taken = reader.GetInt64(0) == 1;
            recorded = reader.GetInt64(1) == 1;
        }
        else
        {
            // SQLite cannot put an INSERT in a WITH clause; its statements do not cross a network anyway.
            taken = await TakePlace(db, serviceName, slotStart, capacity, cancellationToken);
            if (!taken)
                return SlotBookingResult.Full;
            await using var command = SessionCommand(db, AddSessionBookingSql, serviceName, slotStart, capacity, sessionId, bookedAt);
            recorded = await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        }

        if (!taken)
            return SlotBookingResult.Full;
        if (recorded)
            return SlotBookingResult.Booked;

        await givePlaceBack();
        return SlotBookingResult.AlreadyBooked;
    }

    static DbCommand SessionCommand(CallbackDbContext db, string sql, string serviceName, DateTimeOffset slotStart, int capacity, Guid sessionId,
        DateTimeOffset bookedAt)
    {
        var command = Command(db, sql, serviceName, slotStart, capacity);
        Add<SessionBooking>(db, command, nameof(SessionBooking.SessionId), "@session", sessionId);
        Add<SessionBooking>(db, command, nameof(SessionBooking.BookedAt), "@booked_at", bookedAt);
        return command;
    }

    static DbCommand Command(CallbackDbContext db, string sql, string serviceName, DateTimeOffset slotStart, int capacity)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        command.CommandText = sql;
        Add<SlotBooking>(db, command, nameof(SlotBooking.ServiceName), "@service", serviceName);
        Add<SlotBooking>(db, command, nameof(SlotBooking.SlotStart), "@slot", slotStart);
        Add<SlotBooking>(db, command, nameof(SlotBooking.Booked), "@capacity", capacity);
        return command;
    }

    static void Add<TEntity>(CallbackDbContext db, DbCommand command, string property, string name, object value) =>
        command.Parameters.Add(db.Model.FindEntityType(typeof(TEntity))!.FindProperty(property)!.GetRelationalTypeMapping()
            .CreateParameter(command, name, value));
}
