using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tautoko.Core.Sites;

namespace Tautoko.Data.Configurations;

public sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> builder)
    {
        builder.ToTable("regions");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Code).HasMaxLength(20);
        builder.Property(r => r.Name).HasMaxLength(100);
        builder.HasIndex(r => r.Code).IsUnique();
    }
}

public sealed class SiteConfiguration : IEntityTypeConfiguration<Site>
{
    public void Configure(EntityTypeBuilder<Site> builder)
    {
        builder.ToTable("sites");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Code).HasMaxLength(20);
        builder.Property(s => s.Name).HasMaxLength(100);
        builder.Property(s => s.Address).HasMaxLength(200);
        builder.Property(s => s.Phone).HasMaxLength(30);
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(s => s.District).HasConversion<string>().HasMaxLength(40);
        builder.HasIndex(s => s.Code).IsUnique();
        builder.HasIndex(s => s.RegionId);
        builder.HasOne<Region>().WithMany().HasForeignKey(s => s.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsMany(s => s.OpeningSessions, hours =>
        {
            hours.ToJson("opening_hours");
            hours.Property(h => h.Day).HasConversion<string>();
        });
        builder.Navigation(s => s.OpeningSessions).HasField("_openingSessions").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.PrimitiveCollection(s => s.ServedRegionIds)
            .HasField("_servedRegionIds")
            .UsePropertyAccessMode(PropertyAccessMode.Field)
            .ElementType(e => e.HasConversion<RegionIdConverter>());
    }
}
