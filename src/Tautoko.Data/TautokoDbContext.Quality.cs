using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Quality;

namespace Tautoko.Data;

/// <summary>The National Quality Team's samples and checks (configurations in Configurations/QualityConfigurations.cs).</summary>
public sealed partial class TautokoDbContext
{
    public DbSet<QualitySample> QualitySamples => Set<QualitySample>();

    public DbSet<QualityCheck> QualityChecks => Set<QualityCheck>();
}
