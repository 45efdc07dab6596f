using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tautoko.Core.Measures;

namespace Tautoko.Data;

/// <summary>Monitors and measures (SPEC §9): each client's contributions and the daily facts summed from them.</summary>
public sealed partial class TautokoDbContext
{
    public DbSet<MeasureContribution> MeasureContributions => Set<MeasureContribution>();

    public DbSet<MeasureDailyFact> MeasureDailyFacts => Set<MeasureDailyFact>();
}

public sealed class MeasureContributionConfiguration : IEntityTypeConfiguration<MeasureContribution>
{
    public void Configure(EntityTypeBuilder<MeasureContribution> builder)
    {
        builder.ToTable("measure_contributions");
        builder.HasKey(c => new { c.ClientId, c.Measure, c.SourceId });
        builder.Property(c => c.Measure).HasMaxLength(64);
        builder.Ignore(c => c.Key);

        // The drill-down reads one measure's contributions for a period, by site.
        builder.HasIndex(c => new { c.Measure, c.Day, c.SiteId });
    }
}

public sealed class MeasureDailyFactConfiguration : IEntityTypeConfiguration<MeasureDailyFact>
{
    public const string Table = "measure_daily_facts";

    public void Configure(EntityTypeBuilder<MeasureDailyFact> builder)
    {
        builder.ToTable(Table);

        // The measures read one measure over a period (country, region, site, staff), so the key leads with the measure and day.
        builder.HasKey(f => new { f.Measure, f.Day, f.SiteId, f.StaffId });
        builder.Property(f => f.Measure).HasMaxLength(64);
        builder.HasIndex(f => new { f.SiteId, f.Day });
        builder.HasIndex(f => new { f.StaffId, f.Day });
    }
}
