using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Releases;

namespace Tautoko.Data;

/// <summary>Statistical releases (configuration in Configurations/StatisticalReleaseConfiguration.cs).</summary>
public sealed partial class TautokoDbContext
{
    public DbSet<StatisticalRelease> StatisticalReleases => Set<StatisticalRelease>();
}
