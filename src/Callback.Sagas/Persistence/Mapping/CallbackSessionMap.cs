using Callback.Sagas.StateMachines;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Callback.Sagas.Persistence.Mapping;

/// <summary>
/// The <c>callback_sessions</c> table: one row per session, every property a column except the options, user data
/// and history, which are JSON. <see cref="CallbackSession.Version"/> is the optimistic concurrency token.
/// </summary>
public sealed class CallbackSessionMap :
    IEntityTypeConfiguration<CallbackSession>
{
    public void Configure(EntityTypeBuilder<CallbackSession> builder)
    {
        builder.ToTable("callback_sessions");

        builder.HasKey(x => x.CorrelationId);
        builder.Property(x => x.CorrelationId).ValueGeneratedNever();

        // Incremented by the saga repository on every save; a save is refused when another has moved it on first.
        builder.Property(x => x.Version).IsConcurrencyToken();

        // A saga inserted before its first transition (MassTransit's InsertOnInitial) has none of these yet.
        builder.Property(x => x.CurrentState).HasMaxLength(64).IsRequired(false);
        builder.Property(x => x.ServiceName).HasMaxLength(200).IsRequired(false);
        builder.Property(x => x.CustomerNumber).HasMaxLength(100).IsRequired(false);
        builder.Property(x => x.Options).HasJsonRecordConversion().IsRequired(false);

        builder.Property(x => x.Reason).HasMaxLength(64);
        builder.Property(x => x.DeviceOs).HasMaxLength(64);
        builder.Property(x => x.UserData).HasJsonDictionaryConversion();
        builder.Property(x => x.History).HasJsonListConversion();

        // What the GMS query API and the operators look sessions up by.
        builder.HasIndex(x => x.CurrentState);
        builder.HasIndex(x => x.ServiceName);
        builder.HasIndex(x => x.CustomerNumber);
        builder.HasIndex(x => x.DesiredTime);
        builder.HasIndex(x => x.ExpirationTime);
    }
}
