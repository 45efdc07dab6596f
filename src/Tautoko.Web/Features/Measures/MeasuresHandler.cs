using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Appointments;
using Tautoko.Core.Quality;
using Tautoko.Core.Common;
using Tautoko.Core.Measures;
using Tautoko.Data;

namespace Tautoko.Web.Features.Measures;

/// <summary>One point of a measure's trend: the first day of its day or month, and the value then.</summary>
public sealed record MeasurePoint(DateOnly Start, decimal? Value, long Numerator, long Denominator);

/// <summary>A measure for a scope and period: its value, the counts behind it, its target and definition, and its trend.</summary>
public sealed record MeasureLine(
    string Code, string Group, string Name, string Rule, string Kind, string Target, decimal? TargetMin, string Definition, string Source,
    decimal? Value, long Numerator, long Denominator, bool? MeetsTarget, bool HasData, IReadOnlyList<MeasurePoint> Series);

public sealed record MeasuresReport(string Level, Guid? Id, string Name, DateOnly From, DateOnly To, string Interval, IReadOnlyList<MeasureLine> Measures);

/// <summary>
/// Every measure of the seeds' tables (SPEC §9) for a case manager, a site, a region or the country over a period, read
/// from the pre-aggregated daily facts (kept as events happen, rebuilt by <c>measures-rebuild</c>):
/// one grouped query, whatever the size of the scope. Daily averages divide by staff days worked: each fact is one staff
/// member's day with at least one completion, so the average is per case manager per day they completed requests.
/// The trend is daily up to 62 days, monthly beyond.
/// </summary>
public sealed class MeasuresHandler(TautokoDbContext db, MeasureScopes scopes)
{
    public async Task<Outcome<MeasuresReport>> MeasureAsync(string? level, Guid? id, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var resolved = await scopes.ResolveAsync(level, id, from, to, ct);
        if (resolved.Failure is { } failure)
        {
            return failure;
        }

        return await ComputeAsync(db, resolved.Value, ct);
    }

    /// <summary>Every measure for a checked scope and period (the benchmark times this).</summary>
    public static async Task<MeasuresReport> ComputeAsync(TautokoDbContext db, MeasureScope scope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var facts = Facts(db, scope);
        var days = await facts.GroupBy(f => new { f.Measure, f.Day })
            .Select(g => new { g.Key.Measure, g.Key.Day, Numerator = g.Sum(f => (long)f.Numerator), Denominator = g.Sum(f => (long)f.Denominator), StaffDays = (long)g.Count() })
            .ToListAsync(ct);

        // Accuracy comes from the National Quality Team's recorded checks, by the day the checked action was processed.
        var checks = await Checks(db, scope).Select(c => new { c.ProcessedAt, Correct = c.Result == QualityCheckResult.Correct }).ToListAsync(ct);
        days.AddRange(checks.GroupBy(c => NzLocalTime.DateOf(c.ProcessedAt))
            .Where(g => g.Key >= scope.From && g.Key <= scope.To)
            .Select(g => new { Measure = MeasureCatalogue.Accuracy, Day = g.Key, Numerator = (long)g.Count(c => c.Correct), Denominator = (long)g.Count(), StaffDays = 0L }));

        var daily = scope.To.DayNumber - scope.From.DayNumber < 62;
        var buckets = Buckets(scope.From, scope.To, daily);
        var byMeasure = days.ToLookup(d => d.Measure);
        var lines = new List<MeasureLine>();
        foreach (var measure in MeasureCatalogue.All)
        {
            var rows = byMeasure[measure.Code].ToList();
            var total = MeasureValues.Of(measure, rows.Sum(r => r.Numerator), rows.Sum(r => r.Denominator), rows.Sum(r => r.StaffDays));
            var series = buckets.Select(b =>
            {
                var inBucket = rows.Where(r => r.Day >= b.Start && r.Day <= b.End).ToList();
                var value = MeasureValues.Of(measure, inBucket.Sum(r => r.Numerator), inBucket.Sum(r => r.Denominator), inBucket.Sum(r => r.StaffDays));
                return new MeasurePoint(b.Start, value.Value, value.Numerator, value.Denominator);
            }).ToList();
            lines.Add(new MeasureLine(measure.Code, measure.Group, measure.Name, measure.Rule, measure.Kind.ToString(), measure.Target, measure.TargetMin,
                measure.Definition, measure.Source, rows.Count == 0 && measure.Kind != MeasureKind.Count ? null : total.Value, total.Numerator, total.Denominator,
                total.MeetsTarget, rows.Count > 0, series));
        }

        return new MeasuresReport(scope.Level.ToString().ToLowerInvariant(), scope.Id, scope.Name, scope.From, scope.To, daily ? "day" : "month", lines);
    }

    /// <summary>The facts of a scope and period.</summary>
    public static IQueryable<MeasureDailyFact> Facts(TautokoDbContext db, MeasureScope scope)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scope);
        var facts = db.MeasureDailyFacts.AsNoTracking().Where(f => f.Day >= scope.From && f.Day <= scope.To);
        if (scope.StaffId is { } staffId)
        {
            facts = facts.Where(f => f.StaffId == staffId);
        }
        else if (scope.Sites is { } sites)
        {
            facts = sites.Count == 1 ? facts.Where(f => f.SiteId == sites[0]) : facts.Where(f => sites.Contains(f.SiteId));
        }

        return facts;
    }

    /// <summary>The quality checks with a result on actions processed in the scope and period (R-100's source).</summary>
    private static IQueryable<QualityCheck> Checks(TautokoDbContext db, MeasureScope scope)
    {
        var checks = db.ResultedQualityChecks(scope.From, scope.To);
        if (scope.StaffId is { } staffId)
        {
            checks = checks.Where(c => c.ProcessedById == staffId);
        }
        else if (scope.Sites is { } sites)
        {
            checks = sites.Count == 1 ? checks.Where(c => c.SiteId == sites[0]) : checks.Where(c => sites.Contains(c.SiteId));
        }

        return checks;
    }

    private static List<(DateOnly Start, DateOnly End)> Buckets(DateOnly from, DateOnly to, bool daily)
    {
        var buckets = new List<(DateOnly, DateOnly)>();
        if (daily)
        {
            for (var d = from; d <= to; d = d.AddDays(1))
            {
                buckets.Add((d, d));
            }

            return buckets;
        }

        for (var m = new DateOnly(from.Year, from.Month, 1); m <= to; m = m.AddMonths(1))
        {
            var start = m < from ? from : m;
            var end = m.AddMonths(1).AddDays(-1);
            buckets.Add((start, end > to ? to : end));
        }

        return buckets;
    }
}
