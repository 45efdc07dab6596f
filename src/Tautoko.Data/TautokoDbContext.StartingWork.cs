using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tautoko.Core.Clients;
using Tautoko.Core.StartingWork;

namespace Tautoko.Data;

/// <summary>Starting work (002 "Supporting sustainable employment"): exits into work, part-time earnings, supports offered.</summary>
public sealed partial class TautokoDbContext
{
    public DbSet<WorkStart> WorkStarts => Set<WorkStart>();

    public DbSet<PartTimeEarning> PartTimeEarnings => Set<PartTimeEarning>();

    public DbSet<WorkStartSupport> WorkStartSupports => Set<WorkStartSupport>();
}

public sealed class WorkStartConfiguration : IEntityTypeConfiguration<WorkStart>
{
    public void Configure(EntityTypeBuilder<WorkStart> builder)
    {
        // Amounts are checked in Core too: SQLite keeps decimals as text.
        builder.ToTable("work_starts", t => t.HasCheckConstraint("ck_work_starts_hours", "\"HoursPerWeek\" > 0"));
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Id).ValueGeneratedNever();
        builder.Property(w => w.EmployerName).HasMaxLength(StartingWorkRules.MaxEmployerName);
        builder.Property(w => w.HoursPerWeek).HasPrecision(5, 2);
        builder.Property(w => w.WeeklyPay).HasPrecision(12, 2);
        builder.Property(w => w.Hours).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<Client>().WithMany().HasForeignKey(w => w.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(w => new { w.ClientId, w.StartedOn });

        // The work-exits measure reads by site and period.
        builder.HasIndex(w => new { w.SiteId, w.StartedOn });
    }
}

public sealed class PartTimeEarningConfiguration : IEntityTypeConfiguration<PartTimeEarning>
{
    public void Configure(EntityTypeBuilder<PartTimeEarning> builder)
    {
        builder.ToTable("part_time_earnings");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.WeeklyAmount).HasPrecision(12, 2);
        builder.HasOne<Client>().WithMany().HasForeignKey(e => e.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.ClientId, e.FromOn });
        builder.HasIndex(e => new { e.SiteId, e.FromOn });
    }
}

public sealed class WorkStartSupportConfiguration : IEntityTypeConfiguration<WorkStartSupport>
{
    /// <summary>Each support once per work start: a later decision updates it.</summary>
    public const string OnePerSupport = "ux_work_start_supports_support";

    public void Configure(EntityTypeBuilder<WorkStartSupport> builder)
    {
        builder.ToTable("work_start_supports");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Support).HasConversion<string>().HasMaxLength(40);
        builder.Property(s => s.Decision).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<WorkStart>().WithMany().HasForeignKey(s => s.WorkStartId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.WorkStartId, s.Support }).IsUnique().HasDatabaseName(OnePerSupport);
        builder.HasIndex(s => s.ClientId);
    }
}
