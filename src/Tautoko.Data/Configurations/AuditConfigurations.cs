using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tautoko.Core.Audit;
using Tautoko.Core.Clients;
using Tautoko.Core.Staff;

namespace Tautoko.Data.Configurations;

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedOnAdd();
        builder.Property(a => a.UserName).HasMaxLength(200);
        builder.Property(a => a.Action).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.Entity).HasMaxLength(60);
        builder.Property(a => a.EntityId).HasMaxLength(AuditEntry.MaxEntityIdLength);
        builder.Property(a => a.Detail).HasMaxLength(AuditEntry.MaxDetailLength);
        builder.Property(a => a.RemoteAddress).HasMaxLength(60);
        builder.HasIndex(a => new { a.ClientId, a.At });
        builder.HasIndex(a => new { a.StaffId, a.At });
    }
}

public sealed class BreakGlassAccessConfiguration : IEntityTypeConfiguration<BreakGlassAccess>
{
    public void Configure(EntityTypeBuilder<BreakGlassAccess> builder)
    {
        builder.ToTable("break_glass_access");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Reason).HasMaxLength(1000);
        builder.HasIndex(b => new { b.StaffId, b.ClientId, b.ExpiresAt });
        builder.HasIndex(b => new { b.ClientHomeSiteId, b.At });
        builder.HasOne<Client>().WithMany().HasForeignKey(b => b.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(b => b.StaffId).OnDelete(DeleteBehavior.Restrict);
    }
}
