using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tautoko.Core.Quality;
using Tautoko.Core.Sites;
using Tautoko.Core.Staff;

namespace Tautoko.Data.Configurations;

/// <summary>Quality samples as drawn: site, period, kinds, seed and sizes (001, R-100).</summary>
public sealed class QualitySampleConfiguration : IEntityTypeConfiguration<QualitySample>
{
    public void Configure(EntityTypeBuilder<QualitySample> builder)
    {
        builder.ToTable("quality_samples");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Kinds).HasMaxLength(120);
        builder.Ignore(s => s.KindList);
        builder.HasIndex(s => new { s.SiteId, s.DrawnAt });
        builder.HasOne<Site>().WithMany().HasForeignKey(s => s.SiteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(s => s.DrawnById).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>One sampled action and its check result.</summary>
public sealed class QualityCheckConfiguration : IEntityTypeConfiguration<QualityCheck>
{
    public const string OnePerActionInSample = "UX_quality_checks_sample_action";

    public void Configure(EntityTypeBuilder<QualityCheck> builder)
    {
        builder.ToTable("quality_checks");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.Result).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.ErrorType).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.Note).HasMaxLength(QualityCheck.MaxNoteLength);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => new { c.SampleId, c.Kind, c.ActionId }).IsUnique().HasDatabaseName(OnePerActionInSample);
        // The accuracy measure reads a site's checked actions by the day they were processed.
        builder.HasIndex(c => new { c.SiteId, c.ProcessedAt });
        builder.HasOne<QualitySample>().WithMany().HasForeignKey(c => c.SampleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(c => c.CheckedById).OnDelete(DeleteBehavior.Restrict);
    }
}
