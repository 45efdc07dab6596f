using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tautoko.Core.Jobs;
using Tautoko.Core.Staff;

namespace Tautoko.Data.Configurations;

public sealed class LongJobConfiguration : IEntityTypeConfiguration<LongJob>
{
    public void Configure(EntityTypeBuilder<LongJob> builder)
    {
        builder.ToTable("long_jobs");
        builder.HasKey(j => j.Id);
        builder.Property(j => j.Id).ValueGeneratedNever();
        builder.Property(j => j.Kind).HasMaxLength(60);
        builder.Property(j => j.Title).HasMaxLength(200);
        builder.Property(j => j.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(j => j.Stage).HasMaxLength(200);
        builder.Property(j => j.ResultUrl).HasMaxLength(300);
        builder.Property(j => j.Message).HasMaxLength(1000);
        builder.Property(j => j.Node).HasMaxLength(200);
        builder.Ignore(j => j.Finished);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(j => j.OwnerId).OnDelete(DeleteBehavior.Restrict);

        // A page lists a kind's recent jobs, newest first; a starting node looks for its own unfinished ones.
        builder.HasIndex(j => new { j.Kind, j.QueuedAt });
        builder.HasIndex(j => new { j.Node, j.State });
    }
}
