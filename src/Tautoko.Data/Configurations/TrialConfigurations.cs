using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tautoko.Core.Clients;
using Tautoko.Core.Sites;
using Tautoko.Core.Staff;
using Tautoko.Core.Trials;

namespace Tautoko.Data.Configurations;

public sealed class TrialConfiguration : IEntityTypeConfiguration<Trial>
{
    public void Configure(EntityTypeBuilder<Trial> builder)
    {
        builder.ToTable("trials");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Name).HasMaxLength(Trial.MaxNameLength);
        builder.Property(t => t.Service).HasConversion<string>().HasMaxLength(40);
        builder.Property(t => t.CriteriaJson).HasMaxLength(4000);

        // Two national office staff randomising at once: the second save is refused (R-113, drawn once).
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.Ignore(t => t.Criteria);
        builder.Ignore(t => t.IsRandomised);
        builder.Ignore(t => t.Ratio);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(t => t.CreatedBy).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class TrialAssignmentConfiguration : IEntityTypeConfiguration<TrialAssignment>
{
    /// <summary>One assignment per trial and client: a client is never drawn twice .</summary>
    public const string OneAssignmentPerClient = "IX_trial_assignments_trial_client";

    public void Configure(EntityTypeBuilder<TrialAssignment> builder)
    {
        builder.ToTable("trial_assignments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Arm).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Stratum).HasMaxLength(100);
        builder.Property(a => a.AgeGroup).HasMaxLength(20);
        builder.HasIndex(a => new { a.TrialId, a.ClientId }).IsUnique().HasDatabaseName(OneAssignmentPerClient);

        // The placement paths ask "is this client a protected control?" by client.
        builder.HasIndex(a => new { a.ClientId, a.Arm });
        builder.HasOne<Trial>().WithMany().HasForeignKey(a => a.TrialId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Client>().WithMany().HasForeignKey(a => a.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Site>().WithMany().HasForeignKey(a => a.SiteId).OnDelete(DeleteBehavior.Restrict);
    }
}
