using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tautoko.Core.Clients;
using Tautoko.Core.Navigators;
using Tautoko.Core.Sites;
using Tautoko.Core.Staff;

namespace Tautoko.Data.Configurations;

public sealed class NavigatorContractConfiguration : IEntityTypeConfiguration<NavigatorContract>
{
    public void Configure(EntityTypeBuilder<NavigatorContract> builder)
    {
        builder.ToTable("navigator_contracts");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Provider).HasMaxLength(NavigatorContract.MaxProviderLength);
        builder.Ignore(c => c.IsOpen);
        builder.HasIndex(c => new { c.NavigatorId, c.CaseManagerId });
        builder.HasIndex(c => c.CaseManagerId);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(c => c.NavigatorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(c => c.CaseManagerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(c => c.RecordedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Site>().WithMany().HasForeignKey(c => c.SiteId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class NavigatorClientLinkConfiguration : IEntityTypeConfiguration<NavigatorClientLink>
{
    public void Configure(EntityTypeBuilder<NavigatorClientLink> builder)
    {
        builder.ToTable("navigator_client_links");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();

        // The access rule asks "is this client linked to this Navigator?" on every read.
        builder.HasIndex(l => new { l.NavigatorId, l.ClientId, l.EndedAt });
        builder.HasIndex(l => new { l.CaseManagerId, l.NavigatorId });
        builder.HasIndex(l => l.ClientId);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(l => l.NavigatorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(l => l.CaseManagerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(l => l.LinkedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(l => l.EndedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Client>().WithMany().HasForeignKey(l => l.ClientId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class WhanauMemberConfiguration : IEntityTypeConfiguration<WhanauMember>
{
    public void Configure(EntityTypeBuilder<WhanauMember> builder)
    {
        builder.ToTable("whanau_members");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Id).ValueGeneratedNever();
        builder.Property(w => w.Name).HasMaxLength(WhanauMember.MaxNameLength);
        builder.Property(w => w.Relationship).HasMaxLength(WhanauMember.MaxRelationshipLength);
        builder.HasIndex(w => new { w.ClientId, w.EndedAt });
        builder.HasOne<Client>().WithMany().HasForeignKey(w => w.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(w => w.RecordedById).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class IcsSettingsConfiguration : IEntityTypeConfiguration<IcsSettings>
{
    public void Configure(EntityTypeBuilder<IcsSettings> builder)
    {
        builder.ToTable("ics_settings", t => t.HasCheckConstraint("CK_ics_settings_singleton", "\"Id\" = 1"));
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(s => s.UpdatedById).OnDelete(DeleteBehavior.Restrict);
    }
}
