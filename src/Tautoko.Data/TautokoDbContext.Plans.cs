using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Plans;

namespace Tautoko.Data;

/// <summary>Individual Employment Plans and their activities (configurations in Configurations/PlanConfigurations.cs).</summary>
public sealed partial class TautokoDbContext
{
    public DbSet<IndividualEmploymentPlan> IndividualEmploymentPlans => Set<IndividualEmploymentPlan>();

    public DbSet<PlanActivity> PlanActivities => Set<PlanActivity>();
}
