using Callback.Sagas.Persistence.Bookings;
using Callback.Sagas.Persistence.Mapping;
using Callback.Sagas.Persistence.Outbox;
using Callback.Sagas.StateMachines;
using Microsoft.EntityFrameworkCore;

namespace Callback.Sagas.Persistence;

/// <summary>
/// The service's one database model: callback sessions (the saga instances), slot bookings and the transactional inbox/outbox, snake_case throughout.
/// Each provider has a sealed subclass (<see cref="Providers.SqliteCallbackDbContext"/>, ...) only so that EF Core keeps
/// one migration set per provider in this assembly; the model is built here, once, for all of them.
/// </summary>
public abstract class CallbackDbContext :
    DbContext
{
    protected CallbackDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<CallbackSession> Sessions => Set<CallbackSession>();

    /// <summary>Places taken per service and slot.</summary>
    public DbSet<SlotBooking> SlotBookings => Set<SlotBooking>();

    /// <summary>Which slot each session holds, so that its place is given back exactly once.</summary>
    public DbSet<SessionBooking> SessionBookings => Set<SessionBooking>();

    /// <summary>Messages received by the outbox's consumers: duplicates are recognised, and their deliveries tracked.</summary>
    public DbSet<InboxState> InboxStates => Set<InboxState>();

    /// <summary>Messages sent by consumers or units of work, waiting for their transaction's commit to go to the broker.</summary>
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    /// <summary>Committed units of work of the bus outbox whose messages are not all sent yet.</summary>
    public DbSet<OutboxState> OutboxStates => Set<OutboxState>();

    public abstract DatabaseProvider Provider { get; }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Durations as ticks: exact, and SQL Server's time type would stop at 24 hours.
        configurationBuilder.Properties<TimeSpan>().HaveConversion<long>();

        // Times are stored as UTC instants (Npgsql refuses any other offset), compared and ordered as such.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new CallbackSessionMap());
        modelBuilder.ApplyConfiguration(new SlotBookingMap());
        modelBuilder.ApplyConfiguration(new SessionBookingMap());
        modelBuilder.ApplyConfiguration(new InboxStateMap());
        modelBuilder.ApplyConfiguration(new OutboxMessageMap());
        modelBuilder.ApplyConfiguration(new OutboxStateMap());
        SnakeCaseNames.Apply(modelBuilder);
    }
}
