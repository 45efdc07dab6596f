using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Clients;
using Tautoko.Core.Sites;
using Tautoko.Core.Staff;

namespace Tautoko.Data.Configurations;

public sealed class ServiceCapacityConfiguration : IEntityTypeConfiguration<ServiceCapacity>
{
    public static readonly DateTimeOffset SeededAt = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public void Configure(EntityTypeBuilder<ServiceCapacity> builder)
    {
        builder.ToTable("service_capacities", t => t.HasCheckConstraint("CK_service_capacities_size", $"\"PerCaseManager\" BETWEEN 1 AND {ServiceCapacity.Maximum}"));
        builder.HasKey(s => s.Service);
        builder.Property(s => s.Service).HasConversion<string>().HasMaxLength(40);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(s => s.UpdatedById).OnDelete(DeleteBehavior.Restrict);

        // the seeds' sizes are where national office starts.
        builder.HasData(CaseManagementServices.All.Select(s => new { Service = s, PerCaseManager = s.DefaultCapacity(), UpdatedAt = SeededAt, Version = 0 }));
    }
}

public sealed class CaseloadConfiguration : IEntityTypeConfiguration<Caseload>
{
    /// <summary>The CHECK constraint that keeps a caseload within its capacity.</summary>
    public const string WithinCapacity = "CK_caseloads_within_capacity";

    public void Configure(EntityTypeBuilder<Caseload> builder)
    {
        // the database itself refuses a caseload over its capacity, whatever node or connector asks.
        builder.ToTable("caseloads", t =>
        {
            t.HasCheckConstraint(WithinCapacity, "\"Filled\" >= 0 AND \"Filled\" <= \"Capacity\"");
            t.HasCheckConstraint("CK_caseloads_capacity", $"\"Capacity\" BETWEEN 1 AND {ServiceCapacity.Maximum} AND \"TargetCapacity\" BETWEEN 1 AND {ServiceCapacity.Maximum}");
        });
        builder.HasKey(c => c.StaffId);
        builder.Property(c => c.Service).HasConversion<string>().HasMaxLength(40);
        builder.Ignore(c => c.Free);
        builder.HasIndex(c => new { c.SiteId, c.Service });
        builder.HasOne<StaffMember>().WithOne().HasForeignKey<Caseload>(c => c.StaffId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Site>().WithMany().HasForeignKey(c => c.SiteId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class CaseloadPlacementConfiguration : IEntityTypeConfiguration<CaseloadPlacement>
{
    /// <summary>The unique index that allows a client one open placement; a second connector's save is refused by it.</summary>
    public const string OneOpenPlacementPerClient = "IX_caseload_placements_open_client";

    public void Configure(EntityTypeBuilder<CaseloadPlacement> builder)
    {
        builder.ToTable("caseload_placements");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Service).HasConversion<string>().HasMaxLength(40);
        builder.Property(p => p.Source).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.End).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.ExitReason).HasConversion<string>().HasMaxLength(40);
        builder.Property(p => p.PlacedReason).HasMaxLength(1000);
        builder.Property(p => p.EndNote).HasMaxLength(4000);
        builder.Ignore(p => p.IsOpen);

        // One open placement per client: a second connector placing the same client gets a unique-key error.
        builder.HasIndex(p => p.ClientId).IsUnique().HasFilter("\"EndedAt\" IS NULL").HasDatabaseName(OneOpenPlacementPerClient);
        builder.HasIndex(p => new { p.ClientId, p.StartedAt }).HasDatabaseName("IX_caseload_placements_client_history");
        builder.HasIndex(p => p.CaseManagerId).HasFilter("\"EndedAt\" IS NULL").HasDatabaseName("IX_caseload_placements_open_case_manager");
        builder.HasIndex(p => p.ProposalId);
        builder.HasOne<Client>().WithMany().HasForeignKey(p => p.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(p => p.CaseManagerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(p => p.PlacedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(p => p.EndedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Site>().WithMany().HasForeignKey(p => p.SiteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ProgrammeTag>().WithMany().HasForeignKey(p => p.TagId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class TransferRequestConfiguration : IEntityTypeConfiguration<TransferRequest>
{
    public void Configure(EntityTypeBuilder<TransferRequest> builder)
    {
        builder.ToTable("transfer_requests");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Reasons).HasMaxLength(4000);
        builder.Property(t => t.FromNote).HasMaxLength(1000);
        builder.Property(t => t.ToNote).HasMaxLength(1000);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.Ignore(t => t.SameSite);
        builder.HasIndex(t => new { t.ClientId, t.RecordedAt });
        builder.HasIndex(t => new { t.FromSiteId, t.Status });
        builder.HasIndex(t => new { t.ToSiteId, t.Status });
        builder.HasOne<Client>().WithMany().HasForeignKey(t => t.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Site>().WithMany().HasForeignKey(t => t.FromSiteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Site>().WithMany().HasForeignKey(t => t.ToSiteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(t => t.FromCaseManagerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(t => t.ToCaseManagerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(t => t.RecordedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CaseloadPlacement>().WithMany().HasForeignKey(t => t.PlacementId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class BenefitSpellConfiguration : IEntityTypeConfiguration<BenefitSpell>
{
    public void Configure(EntityTypeBuilder<BenefitSpell> builder)
    {
        builder.ToTable("benefit_spells");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Benefit).HasConversion<string>().HasMaxLength(60);
        builder.Property(b => b.Obligation).HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.EndReason).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(b => b.LeftForWork);
        builder.HasIndex(b => new { b.ClientId, b.StartedOn });
        builder.HasOne<Client>().WithMany().HasForeignKey(b => b.ClientId).OnDelete(DeleteBehavior.Restrict);
    }
}
