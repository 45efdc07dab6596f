using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Common;
using Tautoko.Core.Fairness;
using Tautoko.Core.Hardship;
using Tautoko.Core.Releases;
using Tautoko.Core.Staff;
using Tautoko.Data;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Fairness;

/// <summary>A count as published: the value (null when suppressed) and whether it was suppressed.</summary>
public sealed record FairnessCell(int? Value, bool Suppressed);

/// <summary>One category of a breakdown (or the total): each outcome's count, and the rates from the counts as shown.</summary>
public sealed record FairnessRow(
    string Category, string Label, FairnessCell Assigned, FairnessCell Decisions, FairnessCell Declines, decimal? DeclineRate,
    FairnessCell Reviews, FairnessCell Overturned, decimal? OverturnRate, FairnessCell WorkExits);

/// <summary>The outcomes broken down by one dimension: a row per category, then the total.</summary>
public sealed record FairnessBreakdown(string Dimension, string Title, string Note, IReadOnlyList<FairnessRow> Rows);

/// <summary>A hardship decline reason: declines in the period, how many a concluded review looked at, how many it overturned.</summary>
public sealed record DeclineReasonLine(string Reason, string Label, FairnessCell Declines, FairnessCell Reviewed, FairnessCell Overturned, decimal? OverturnRate);

/// <summary>
/// The fairness report for a scope and period. <see cref="Unrounded"/> is true only for the analyst role (national
/// office), who sees true counts; everyone else sees counts randomly rounded to base 3 by cell key, small cells suppressed.
/// </summary>
public sealed record FairnessReport(
    string Level, Guid? Id, string Name, DateOnly From, DateOnly To, bool Unrounded, string Protection, string Rule, int SuppressedBelow,
    IReadOnlyList<FairnessBreakdown> Breakdowns, IReadOnlyList<DeclineReasonLine> DeclineReasons);

/// <summary>
/// Fairness and decisions: clients assigned to caseloads, hardship decisions and declines, reviews of decision and
/// those overturned, and exits to work, by cohort, age group, gender, ethnicity (where recorded) and site; and for each
/// decline reason how often reviews overturn it. Small cells are protected as releases protect theirs.
/// </summary>
public sealed class FairnessHandler(TautokoDbContext db, FairnessScopes scopes, CurrentStaff staff, IRecordKeys keys)
{
    public async Task<Outcome<FairnessReport>> ReportAsync(string? level, Guid? id, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var resolved = await scopes.ResolveAsync(level, id, from, to, ct);
        if (resolved.Failure is { } failure)
        {
            return failure;
        }

        var scope = resolved.Value;
        var tallies = await FairnessCounts.CountAsync(db, keys, scope, ct);
        var protection = new FairnessProtection(keys.StandingKey, unrounded: staff.Role == StaffRole.NationalOffice);
        var siteIds = tallies.ByDimension[FairnessDimension.Site].Keys.Select(k => new SiteId(Guid.Parse(k))).ToList();
        var siteNames = await db.Sites.AsNoTracking().Where(s => siteIds.Contains(s.Id)).Select(s => new { s.Id, s.Name }).ToListAsync(ct);
        var sites = siteNames.OrderBy(s => s.Name, StringComparer.Ordinal).Select(s => new FairnessCategory(s.Id.Value.ToString(), s.Name)).ToList();

        var breakdowns = new List<FairnessBreakdown>
        {
            Breakdown(tallies, protection, FairnessDimension.Cohort, "By priority cohort", "R-015's cohorts, of the client's current record at the period's end.", FairnessRules.Cohorts),
            Breakdown(tallies, protection, FairnessDimension.AgeGroup, "By age group", "Age at the period's end.", [.. FairnessRules.AgeBands.Select(b => b.Category)]),
            Breakdown(tallies, protection, FairnessDimension.Gender, "By gender", "As the client self-identifies; not recorded is its own category.", FairnessRules.Genders),
            Breakdown(tallies, protection, FairnessDimension.Ethnicity, "By ethnicity", "Stats NZ level-1 groups as the client self-identifies, total response: a person is counted in each group they name, so the rows can add to more than the total.", FairnessRules.Ethnicities),
            Breakdown(tallies, protection, FairnessDimension.Site, "By home service centre", "The client's home service centre.", sites),
        };

        var reasons = Enum.GetValues<DeclineReason>()
            .Select(r => ReasonLine(Code(r), r.SeedText(), tallies.ByReason.GetValueOrDefault(r), protection))
            .Append(ReasonLine("total", "Total", tallies.ByReason.GetValueOrDefault((DeclineReason)(-1)), protection))
            .ToList();

        return new FairnessReport(scope.Level.ToString().ToLowerInvariant(), scope.Id, scope.Name, scope.From, scope.To, protection.Unrounded,
            protection.Describe(), FairnessProtection.Rule, FairnessProtection.Threshold, breakdowns, reasons);
    }

    private static FairnessBreakdown Breakdown(FairnessTallies tallies, FairnessProtection protection, FairnessDimension dimension, string title, string note, IReadOnlyList<FairnessCategory> categories)
    {
        var cells = tallies.ByDimension[dimension];
        var rows = categories.Select(c => Row(c.Code, c.Label, cells.GetValueOrDefault(c.Code), protection))
            .Append(Row("total", "Total", tallies.Total, protection))
            .ToList();
        return new FairnessBreakdown(Code(dimension), title, note, rows);
    }

    private static FairnessRow Row(string code, string label, FairnessTally? tally, FairnessProtection protection)
    {
        tally ??= new FairnessTally();
        var decisions = Cell(protection.Count(tally.Decisions));
        var declines = Cell(protection.Count(tally.Declines));
        var reviews = Cell(protection.Count(tally.Reviews));
        var overturned = Cell(protection.Count(tally.Overturned));
        return new FairnessRow(code, label, Cell(protection.Count(tally.Assigned)), decisions, declines, Rate(declines, decisions),
            reviews, overturned, Rate(overturned, reviews), Cell(protection.Count(tally.WorkExits)));
    }

    private static DeclineReasonLine ReasonLine(string code, string label, FairnessTally? tally, FairnessProtection protection)
    {
        tally ??= new FairnessTally();
        var reviewed = Cell(protection.Count(tally.Reviewed));
        var overturned = Cell(protection.Count(tally.Overturned));
        return new DeclineReasonLine(code, label, Cell(protection.Count(tally.Declines)), reviewed, overturned, Rate(overturned, reviewed));
    }

    private static FairnessCell Cell(ProtectedCount count) => new(count.Value, count.Suppressed);

    private static decimal? Rate(FairnessCell numerator, FairnessCell denominator) =>
        FairnessProtection.Rate(new ProtectedCount(numerator.Value, numerator.Suppressed), new ProtectedCount(denominator.Value, denominator.Suppressed));

    private static string Code<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
