using Callback.Sagas.Persistence.Bookings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Callback.Sagas.Persistence.Mapping;

public sealed class SessionBookingMap :
    IEntityTypeConfiguration<SessionBooking>
{
    public void Configure(EntityTypeBuilder<SessionBooking> builder)
    {
        builder.ToTable("session_bookings");
        builder.HasKey(x => x.SessionId);
        builder.Property(x => x.SessionId).ValueGeneratedNever();
        builder.Property(x => x.ServiceName).HasMaxLength(200);
        builder.HasOne<SlotBooking>().WithMany().HasForeignKey(x => new { x.ServiceName, x.SlotStart }).OnDelete(DeleteBehavior.Restrict);
    }
}
