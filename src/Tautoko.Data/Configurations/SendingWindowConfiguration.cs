using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tautoko.Core.Messaging;
using Tautoko.Core.Staff;

namespace Tautoko.Data.Configurations;

public sealed class SendingWindowConfiguration : IEntityTypeConfiguration<SendingWindowSettings>
{
    public void Configure(EntityTypeBuilder<SendingWindowSettings> builder)
    {
        builder.ToTable("sending_window", t =>
        {
            t.HasCheckConstraint("CK_sending_window_days", "\"DayMask\" > 0 AND \"DayMask\" < 128");
            t.HasCheckConstraint("CK_sending_window_hours", "\"OpensMinute\" >= 0 AND \"ClosesMinute\" <= 1440 AND \"OpensMinute\" < \"ClosesMinute\"");
        });
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Ignore(s => s.Window);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(s => s.UpdatedById).OnDelete(DeleteBehavior.Restrict);
    }
}
