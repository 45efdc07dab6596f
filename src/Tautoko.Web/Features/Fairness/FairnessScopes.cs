using Tautoko.Core.Common;
using Tautoko.Data;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Fairness;

public enum FairnessLevel
{
    Country = ReportLevel.Country,
    Region = ReportLevel.Region,
    Site = ReportLevel.Site,
}

/// <summary>The scope and period of a fairness report, once checked: the sites whose clients it counts (null for the whole country).</summary>
public sealed record FairnessScope(FairnessLevel Level, Guid? Id, string Name, IReadOnlyList<SiteId>? Sites, DateOnly From, DateOnly To);

/// <summary>
/// Reads level, id and period and checks who may see them, with the access rules of the monitors and measures report (the
/// platform's <see cref="ReportScopes"/>, without the staff level): national office sees every level; a service centre
/// manager their own site; nobody else (a breakdown of one person's clients would be too small to protect). A period is at
/// most a year (a year and a day, for a leap year), 28 days to today by default; the level is country, region or site
/// (site defaults to the reader's own).
/// </summary>
public sealed class FairnessScopes(TautokoDbContext db, CurrentStaff staff, TimeProvider clock)
{
    public const int MaxDays = ReportScopes.MaxDays;

    private static readonly ReportScopeRule Rule = new(
        [ReportLevel.Country, ReportLevel.Region, ReportLevel.Site],
        ReportLevel.Site,
        "Only national office, or a service centre manager for their own site, see the fairness report.");

    public async Task<Outcome<FairnessScope>> ResolveAsync(string? level, Guid? id, DateOnly? from, DateOnly? to, CancellationToken ct) =>
        (await ReportScopes.ResolveAsync(db, staff, clock, Rule, level, id, from, to, ct))
            .Map(s => new FairnessScope((FairnessLevel)s.Level, s.Id, s.Name, s.Sites, s.From, s.To));
}
