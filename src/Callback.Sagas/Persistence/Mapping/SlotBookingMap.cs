using Callback.Sagas.Persistence.Bookings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Callback.Sagas.Persistence.Mapping;

public sealed class SlotBookingMap :
    IEntityTypeConfiguration<SlotBooking>
{
    public void Configure(EntityTypeBuilder<SlotBooking> builder)
    {
        builder.ToTable("slot_bookings");
        builder.HasKey(x => new { x.ServiceName, x.SlotStart });
        builder.Property(x => x.ServiceName).HasMaxLength(200);
    }
}
