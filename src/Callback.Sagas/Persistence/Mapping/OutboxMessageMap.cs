using Callback.Sagas.Persistence.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Callback.Sagas.Persistence.Mapping;

public sealed class OutboxMessageMap :
    IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("outbox_message");
        builder.HasKey(x => x.SequenceNumber);
        builder.Property(x => x.SequenceNumber).ValueGeneratedOnAdd();
        builder.HasIndex(x => new { x.InboxMessageId, x.InboxConsumerId, x.SequenceNumber });
        builder.HasIndex(x => new { x.OutboxId, x.SequenceNumber });

        // A row belongs to a consumed message (the consumer outbox) or to a unit of work (the bus outbox), never both.
        builder.ToTable(t => t.HasCheckConstraint("ck_outbox_message_owner",
            "(inbox_message_id IS NOT NULL AND inbox_consumer_id IS NOT NULL AND outbox_id IS NULL) OR (inbox_message_id IS NULL AND inbox_consumer_id IS NULL AND outbox_id IS NOT NULL)"));

        foreach (var address in new[] { nameof(OutboxMessage.SourceAddress), nameof(OutboxMessage.DestinationAddress),
                     nameof(OutboxMessage.ResponseAddress), nameof(OutboxMessage.FaultAddress) })
            builder.Property(address).HasMaxLength(1000);
        builder.Property(x => x.ContentType).HasMaxLength(256);
    }
}
