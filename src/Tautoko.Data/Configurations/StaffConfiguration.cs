using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tautoko.Core.Sites;
using Tautoko.Core.Staff;

namespace Tautoko.Data.Configurations;

public sealed class StaffConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> builder)
    {
        builder.ToTable("staff");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.StaffNumber).HasMaxLength(20);
        builder.Property(s => s.FirstName).HasMaxLength(100);
        builder.Property(s => s.LastName).HasMaxLength(100);
        builder.Property(s => s.Email).HasMaxLength(200);
        builder.Property(s => s.Phone).HasMaxLength(30);
        builder.Property(s => s.Role).HasConversion<string>().HasMaxLength(40);
        builder.Property(s => s.Variant).HasConversion<string>().HasMaxLength(40);
        builder.Property(s => s.Gender).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Fte).HasPrecision(3, 2);
        builder.Ignore(s => s.FullName);
        builder.HasIndex(s => s.StaffNumber).IsUnique();
        builder.HasIndex(s => new { s.SiteId, s.Role });
        builder.HasOne<Site>().WithMany().HasForeignKey(s => s.SiteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(s => s.BuddyId).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsMany(s => s.Leave, leave =>
        {
            leave.ToTable("staff_leave");
            leave.WithOwner().HasForeignKey("StaffId");
            leave.HasKey(l => l.Id);
            leave.Property(l => l.Id).ValueGeneratedNever();
            leave.Property(l => l.Kind).HasConversion<string>().HasMaxLength(20);
            leave.Property(l => l.Note).HasMaxLength(500);
        });
        builder.Navigation(s => s.Leave).HasField("_leave").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
