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

        foreach (var address in new[] { nameof(OutboxMessage.SourceAddress), nameof(OutboxMessage.DestinationAddress),
                     nameof(OutboxMessage.ResponseAddress), nameof(OutboxMessage.FaultAddress) })
            builder.Property(address).HasMaxLength(1000);
        builder.Property(x => x.ContentType).HasMaxLength(256);
    }
}
