using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Plans;

namespace Tautoko.Data;

/// <summary>ICS staircasing plans, their milestones and setbacks (configurations in Configurations/StaircaseConfigurations.cs).</summary>
public sealed partial class TautokoDbContext
{
    public DbSet<StaircasePlan> StaircasePlans => Set<StaircasePlan>();

    public DbSet<StaircaseMilestone> StaircaseMilestones => Set<StaircaseMilestone>();

    public DbSet<StaircaseSetback> StaircaseSetbacks => Set<StaircaseSetback>();
}
