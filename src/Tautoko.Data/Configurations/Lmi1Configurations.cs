using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tautoko.Core.Clients;
using Tautoko.Core.Lmi1;
using Tautoko.Core.Staff;

namespace Tautoko.Data.Configurations;

public sealed class Lmi1ModelConfiguration : IEntityTypeConfiguration<Lmi1Model>
{
    public void Configure(EntityTypeBuilder<Lmi1Model> builder)
    {
        builder.ToTable("lmi1_models");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Algorithm).HasMaxLength(200);
        builder.Property(m => m.Calibration).HasMaxLength(4000);
        builder.Property(m => m.Weights).HasMaxLength(8000);
        builder.HasIndex(m => m.TrainedAt);
    }
}

public sealed class Lmi1ScoreConfiguration : IEntityTypeConfiguration<Lmi1Score>
{
    public void Configure(EntityTypeBuilder<Lmi1Score> builder)
    {
        builder.ToTable("lmi1_scores");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Factors).HasMaxLength(1000);
        builder.HasIndex(s => new { s.ClientId, s.ScoredOn });
        builder.HasIndex(s => s.ModelId);
        builder.HasIndex(s => s.TagId);
        builder.HasOne<Client>().WithMany().HasForeignKey(s => s.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Lmi1Model>().WithMany().HasForeignKey(s => s.ModelId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ProgrammeTag>().WithMany().HasForeignKey(s => s.TagId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class Lmi1SettingsConfiguration : IEntityTypeConfiguration<Lmi1Settings>
{
    public void Configure(EntityTypeBuilder<Lmi1Settings> builder)
    {
        builder.ToTable("lmi1_settings", t => t.HasCheckConstraint("CK_lmi1_settings_threshold", "\"Threshold\" > 0 AND \"Threshold\" < 1"));
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(s => s.UpdatedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasData(new { Id = Lmi1Settings.SingletonId, Threshold = Lmi1Settings.DefaultThreshold, UpdatedAt = ServiceCapacityConfiguration.SeededAt, Version = 0 });
    }
}

public sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> builder)
    {
        // The key (job, day) is the claim: two nodes starting the same daily job cannot both insert it.
        builder.ToTable("job_runs");
        builder.HasKey(r => new { r.Job, r.Day });
        builder.Property(r => r.Job).HasMaxLength(60);
        builder.Property(r => r.Trigger).HasMaxLength(200);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Outcome).HasMaxLength(1000);
    }
}
