using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tautoko.Core.Clients;
using Tautoko.Core.Employment;

namespace Tautoko.Data;

/// <summary>Pathways to Employment plans and Virtual Talent Pool memberships (configurations below).</summary>
public sealed partial class TautokoDbContext
{
    public DbSet<PtePlan> PtePlans => Set<PtePlan>();

    public DbSet<VtpMembership> VtpMemberships => Set<VtpMembership>();
}

public sealed class PtePlanConfiguration : IEntityTypeConfiguration<PtePlan>
{
    /// <summary>One PTE plan per client.</summary>
    public const string OnePerClient = "ux_pte_plans_client";

    public void Configure(EntityTypeBuilder<PtePlan> builder)
    {
        builder.ToTable("pte_plans");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Milestones).HasMaxLength(PtePlanDetails.MaxTextLength);
        builder.Property(p => p.Reason).HasMaxLength(PtePlanDetails.MaxTextLength);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.Details);
        builder.HasOne<Client>().WithMany().HasForeignKey(p => p.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.ClientId).IsUnique().HasDatabaseName(OnePerClient);
    }
}

public sealed class VtpMembershipConfiguration : IEntityTypeConfiguration<VtpMembership>
{
    /// <summary>One Virtual Talent Pool membership per client.</summary>
    public const string OnePerClient = "ux_vtp_memberships_client";

    public void Configure(EntityTypeBuilder<VtpMembership> builder)
    {
        builder.ToTable("vtp_memberships");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Pool).HasMaxLength(VtpMembershipDetails.MaxPoolLength);
        builder.Property(m => m.Reason).HasMaxLength(PtePlanDetails.MaxTextLength);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.Ignore(m => m.Details);
        builder.HasOne<Client>().WithMany().HasForeignKey(m => m.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => m.ClientId).IsUnique().HasDatabaseName(OnePerClient);
    }
}
