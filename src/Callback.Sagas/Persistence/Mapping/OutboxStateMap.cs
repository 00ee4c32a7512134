using Callback.Sagas.Persistence.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Callback.Sagas.Persistence.Mapping;

public sealed class OutboxStateMap :
    IEntityTypeConfiguration<OutboxState>
{
    public void Configure(EntityTypeBuilder<OutboxState> builder)
    {
        builder.ToTable("outbox_state");
        builder.HasKey(x => x.OutboxId);
        builder.Property(x => x.OutboxId).ValueGeneratedNever();
        builder.HasIndex(x => x.Created);
    }
}
