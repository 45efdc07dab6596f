using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tautoko.Core.Clients;
using Tautoko.Core.Plans;
using Tautoko.Core.Staff;

namespace Tautoko.Data.Configurations;

public sealed class StaircasePlanConfiguration : IEntityTypeConfiguration<StaircasePlan>
{
    /// <summary>R-117: one active staircasing plan per client; a second is refused by the database.</summary>
    public const string OneActivePlanPerClient = "IX_staircase_plans_active_client";

    public void Configure(EntityTypeBuilder<StaircasePlan> builder)
    {
        builder.ToTable("staircase_plans");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Property(p => p.MostPressingNeed).HasMaxLength(StaircasePlan.MaxText);
        builder.Property(p => p.ClosedReason).HasMaxLength(StaircasePlan.MaxText);
        builder.Property(p => p.NeedDomain).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Goal).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(p => p.IsActive);
        builder.Ignore(p => p.Achievements);
        builder.HasIndex(p => p.ClientId).IsUnique().HasFilter("\"ClosedAt\" IS NULL").HasDatabaseName(OneActivePlanPerClient);
        builder.HasIndex(p => new { p.ClientId, p.StartedAt });
        builder.HasOne<Client>().WithMany().HasForeignKey(p => p.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(p => p.StartedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(p => p.ClosedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Milestones).WithOne().HasForeignKey(m => m.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(p => p.Milestones).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(p => p.Setbacks).WithOne().HasForeignKey(s => s.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(p => p.Setbacks).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class StaircaseMilestoneConfiguration : IEntityTypeConfiguration<StaircaseMilestone>
{
    /// <summary>Each step has its own place on the pathway.</summary>
    public const string OneMilestonePerStep = "IX_staircase_milestones_plan_step";

    public void Configure(EntityTypeBuilder<StaircaseMilestone> builder)
    {
        builder.ToTable("staircase_milestones", t =>
            t.HasCheckConstraint("CK_staircase_milestones_achieved", "(\"AchievedOn\" IS NULL AND \"AchievedAt\" IS NULL) OR (\"AchievedOn\" IS NOT NULL AND \"AchievedAt\" IS NOT NULL AND \"AchievedById\" IS NOT NULL)"));
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.What).HasMaxLength(StaircasePlan.MaxText);
        builder.Property(m => m.AchievementNote).HasMaxLength(StaircasePlan.MaxText);
        builder.Property(m => m.Domain).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(m => m.IsAchieved);
        builder.HasIndex(m => new { m.PlanId, m.Step }).IsUnique().HasDatabaseName(OneMilestonePerStep);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(m => m.AddedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(m => m.AchievedById).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class StaircaseSetbackConfiguration : IEntityTypeConfiguration<StaircaseSetback>
{
    public void Configure(EntityTypeBuilder<StaircaseSetback> builder)
    {
        builder.ToTable("staircase_setbacks");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Note).HasMaxLength(StaircasePlan.MaxText);
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(s => new { s.PlanId, s.OccurredOn });
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(s => s.RecordedById).OnDelete(DeleteBehavior.Restrict);
    }
}
