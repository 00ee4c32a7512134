using Callback.Sagas.Persistence.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Callback.Sagas.Persistence.Mapping;

public sealed class InboxStateMap :
    IEntityTypeConfiguration<InboxState>
{
    public void Configure(EntityTypeBuilder<InboxState> builder)
    {
        builder.ToTable("inbox_state");
        builder.HasKey(x => new { x.MessageId, x.ConsumerId });
        builder.HasIndex(x => x.Delivered);
    }
}
