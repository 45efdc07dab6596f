using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tautoko.Core.Releases;
using Tautoko.Core.Staff;

namespace Tautoko.Data.Configurations;

/// <summary>Statistical releases as built: who, when, which tables and periods, and the release key .</summary>
public sealed class StatisticalReleaseConfiguration : IEntityTypeConfiguration<StatisticalRelease>
{
    public void Configure(EntityTypeBuilder<StatisticalRelease> builder)
    {
        builder.ToTable("statistical_releases");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Title).HasMaxLength(StatisticalRelease.MaxTitleLength);
        builder.Property(r => r.Tables).HasMaxLength(400);
        builder.Property(r => r.Periods).HasMaxLength(400);
        builder.Property(r => r.ReleaseKey).HasMaxLength(32).IsFixedLength();
        builder.Ignore(r => r.TableChoices);
        builder.Ignore(r => r.PeriodList);
        builder.Ignore(r => r.Key);
        builder.HasIndex(r => r.BuiltAt);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(r => r.BuiltById).OnDelete(DeleteBehavior.Restrict);
    }
}
