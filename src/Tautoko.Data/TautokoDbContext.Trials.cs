using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Trials;

namespace Tautoko.Data;

/// <summary>Randomised trials and their assignments (configurations in Configurations/TrialConfigurations.cs).</summary>
public sealed partial class TautokoDbContext
{
    public DbSet<Trial> Trials => Set<Trial>();

    public DbSet<TrialAssignment> TrialAssignments => Set<TrialAssignment>();
}
