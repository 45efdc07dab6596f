using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tautoko.Core.Clients;
using Tautoko.Core.Complaints;
using Tautoko.Core.DiscretionaryFund;
using Tautoko.Core.Sites;
using Tautoko.Core.Staff;

namespace Tautoko.Data.Configurations;

public sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> builder)
    {
        builder.ToTable("complaints");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Channel).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Outcome).HasConversion<string>().HasMaxLength(60);
        builder.Property(c => c.Description).HasMaxLength(Complaint.MaxDescriptionLength);
        builder.Property(c => c.OutcomeNote).HasMaxLength(Complaint.MaxNoteLength);
        builder.Property(c => c.Version).IsConcurrencyToken();

        // The register and the open worklist read a site's complaints by status, newest first.
        builder.HasIndex(c => new { c.SiteId, c.Status, c.ReceivedOn });
        builder.HasIndex(c => new { c.StaffId, c.ReceivedOn });
        builder.HasIndex(c => c.ClientId);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(c => c.StaffId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Site>().WithMany().HasForeignKey(c => c.SiteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Client>().WithMany().HasForeignKey(c => c.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(c => c.RecordedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(c => c.ClosedById).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class DiscretionaryFundGrantConfiguration : IEntityTypeConfiguration<DiscretionaryFundGrant>
{
    public void Configure(EntityTypeBuilder<DiscretionaryFundGrant> builder)
    {
        builder.ToTable("discretionary_fund_grants");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Id).ValueGeneratedNever();

        // NZD with cents, exact (never floating point).
        builder.Property(g => g.Amount).HasPrecision(10, 2);
        builder.Property(g => g.Purpose).HasConversion<string>().HasMaxLength(30);
        builder.Property(g => g.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(g => g.Detail).HasMaxLength(DiscretionaryFundRules.MaxDetailLength);
        builder.Property(g => g.DecisionNote).HasMaxLength(DiscretionaryFundRules.MaxDetailLength);
        builder.Property(g => g.Version).IsConcurrencyToken();
        builder.Ignore(g => g.IsRecoverable);

        // The spend report reads a site's (or a case manager's) grants by the day they were made.
        builder.HasIndex(g => new { g.SiteId, g.GrantedOn });
        builder.HasIndex(g => new { g.CaseManagerId, g.GrantedOn });
        builder.HasIndex(g => new { g.ClientId, g.RequestedAt });
        builder.HasIndex(g => new { g.ApprovingManagerId, g.Status });
        builder.HasOne<Client>().WithMany().HasForeignKey(g => g.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(g => g.CaseManagerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Site>().WithMany().HasForeignKey(g => g.SiteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(g => g.ApprovingManagerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(g => g.DecidedById).OnDelete(DeleteBehavior.Restrict);
    }
}
