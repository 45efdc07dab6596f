using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Quality;

namespace Tautoko.Data;

/// <summary>The National Quality Team's samples and checks (configurations in Configurations/QualityConfigurations.cs).</summary>
public sealed partial class TautokoDbContext
{
    public DbSet<QualitySample> QualitySamples => Set<QualitySample>();

    public DbSet<QualityCheck> QualityChecks => Set<QualityCheck>();

    /// <summary>
    /// The quality checks with a result on actions processed on the Auckland days <paramref name="from"/> to <paramref name="to"/>
    /// (inclusive): the source of the accuracy measure, for the quality report and the measures report alike.
    /// </summary>
    public IQueryable<QualityCheck> ResultedQualityChecks(DateOnly from, DateOnly to)
    {
        var start = Tautoko.Core.Appointments.NzLocalTime.ToUtc(from, TimeOnly.MinValue);
        var end = Tautoko.Core.Appointments.NzLocalTime.ToUtc(to.AddDays(1), TimeOnly.MinValue);
        return QualityChecks.AsNoTracking().Where(c => c.Result != null && c.ProcessedAt >= start && c.ProcessedAt < end);
    }
}
