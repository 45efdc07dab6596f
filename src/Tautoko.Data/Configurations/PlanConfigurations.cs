using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tautoko.Core.Clients;
using Tautoko.Core.Plans;
using Tautoko.Core.Staff;

namespace Tautoko.Data.Configurations;

public sealed class IndividualEmploymentPlanConfiguration : IEntityTypeConfiguration<IndividualEmploymentPlan>
{
    /// <summary>One open IEP per client at a time: a second one is refused by the database.</summary>
    public const string OneOpenPlanPerClient = "IX_individual_employment_plans_open_client";

    public void Configure(EntityTypeBuilder<IndividualEmploymentPlan> builder)
    {
        builder.ToTable("individual_employment_plans");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.IsOpen);
        builder.HasIndex(p => p.ClientId).IsUnique().HasFilter("\"ClosedAt\" IS NULL").HasDatabaseName(OneOpenPlanPerClient);

        // The measures read plans by client and the day they were made.
        builder.HasIndex(p => new { p.ClientId, p.CreatedOn });
        builder.HasOne<Client>().WithMany().HasForeignKey(p => p.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(p => p.CreatedById).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.HandedOverTo).HasMaxLength(PlanActivity.MaxText);
        builder.Ignore(p => p.OpenActivities);
        builder.HasMany(p => p.Activities).WithOne().HasForeignKey(a => a.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Activities).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class PlanActivityConfiguration : IEntityTypeConfiguration<PlanActivity>
{
    public void Configure(EntityTypeBuilder<PlanActivity> builder)
    {
        builder.ToTable("plan_activities");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.What).HasMaxLength(PlanActivity.MaxText);
        builder.Property(a => a.Who).HasMaxLength(PlanActivity.MaxText);
        builder.Property(a => a.Outcome).HasMaxLength(PlanActivity.MaxText);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(a => new { a.PlanId, a.DueOn });
    }
}
