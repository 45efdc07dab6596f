using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tautoko.Core.Assignment;
using Tautoko.Core.Clients;
using Tautoko.Core.Sites;
using Tautoko.Core.Staff;

namespace Tautoko.Data.Configurations;

public sealed class AssignmentProposalConfiguration : IEntityTypeConfiguration<AssignmentProposal>
{
    public void Configure(EntityTypeBuilder<AssignmentProposal> builder)
    {
        builder.ToTable("assignment_proposals");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Scope).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.ScopeName).HasMaxLength(200);
        builder.Property(p => p.Policy).HasMaxLength(2000);
        builder.Property(p => p.WhatIf).HasMaxLength(8000);
        builder.Property(p => p.Summary).HasMaxLength(16000);
        builder.Property(p => p.RejectedReason).HasMaxLength(1000);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => p.CreatedAt);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(p => p.CreatedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(p => p.DecidedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Site>().WithMany().HasForeignKey(p => p.ScopeSiteId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class AssignmentProposalLineConfiguration : IEntityTypeConfiguration<AssignmentProposalLine>
{
    public void Configure(EntityTypeBuilder<AssignmentProposalLine> builder)
    {
        builder.ToTable("assignment_proposal_lines");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.Service).HasConversion<string>().HasMaxLength(40);
        builder.Property(l => l.Cohort).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.Origin).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.Explanation).HasMaxLength(1000);
        builder.Property(l => l.OverrideReason).HasMaxLength(1000);
        builder.HasIndex(l => new { l.ProposalId, l.ClientId });
        builder.HasIndex(l => new { l.ProposalId, l.CaseManagerId });
        builder.HasOne<AssignmentProposal>().WithMany().HasForeignKey(l => l.ProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Client>().WithMany().HasForeignKey(l => l.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(l => l.CaseManagerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(l => l.OverriddenById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Site>().WithMany().HasForeignKey(l => l.SiteId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class AssignmentProposalCaseloadConfiguration : IEntityTypeConfiguration<AssignmentProposalCaseload>
{
    public void Configure(EntityTypeBuilder<AssignmentProposalCaseload> builder)
    {
        builder.ToTable("assignment_proposal_caseloads");
        builder.HasKey(c => new { c.ProposalId, c.StaffId });
        builder.Property(c => c.Service).HasConversion<string>().HasMaxLength(40);
        builder.PrimitiveCollection(c => c.Existing);
        builder.PrimitiveCollection(c => c.Added);
        builder.PrimitiveCollection(c => c.Targets);
        builder.HasOne<AssignmentProposal>().WithMany().HasForeignKey(c => c.ProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(c => c.StaffId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class AssignmentProposalSiteConfiguration : IEntityTypeConfiguration<AssignmentProposalSite>
{
    public void Configure(EntityTypeBuilder<AssignmentProposalSite> builder)
    {
        builder.ToTable("assignment_proposal_sites");
        builder.HasKey(s => new { s.ProposalId, s.SiteId });
        builder.Property(s => s.LastPlacedCohort).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<AssignmentProposal>().WithMany().HasForeignKey(s => s.ProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Site>().WithMany().HasForeignKey(s => s.SiteId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class AssignmentPolicySettingsConfiguration : IEntityTypeConfiguration<AssignmentPolicySettings>
{
    public void Configure(EntityTypeBuilder<AssignmentPolicySettings> builder)
    {
        builder.ToTable("assignment_policy");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.Policy);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(p => p.UpdatedById).OnDelete(DeleteBehavior.Restrict);
        var (w, mix) = AssignmentPolicy.Default;
        builder.HasData(new
        {
            Id = AssignmentPolicySettings.SingletonId,
            w.KeepFull,
            w.YouthPriority,
            w.UnderTwoYearsPriority,
            w.OverTwoYearsPriority,
            w.WithChildrenPriority,
            w.WaitingPerWeek,
            w.WaitingCapWeeks,
            w.MixOvershoot,
            w.AwayFromHomeSite,
            MixYouth = mix.Youth,
            MixUnderTwoYears = mix.UnderTwoYears,
            MixOverTwoYears = mix.OverTwoYears,
            MixWithChildren = mix.WithChildren,
            UpdatedAt = ServiceCapacityConfiguration.SeededAt,
            Version = 0,
        });
    }
}
