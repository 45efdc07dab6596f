using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Hardship;

namespace Tautoko.Data;

/// <summary>Hardship applications, their decisions and reviews (configurations in Configurations/HardshipConfigurations.cs).</summary>
public sealed partial class TautokoDbContext
{
    public DbSet<HardshipApplication> HardshipApplications => Set<HardshipApplication>();

    public DbSet<DecisionReview> DecisionReviews => Set<DecisionReview>();

    public DbSet<ReviewWindowSetting> ReviewWindowSettings => Set<ReviewWindowSetting>();
}
