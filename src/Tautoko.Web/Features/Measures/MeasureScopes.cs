using Tautoko.Core.Common;
using Tautoko.Data;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Measures;

public enum MeasureLevel
{
    Country = ReportLevel.Country,
    Region = ReportLevel.Region,
    Site = ReportLevel.Site,
    Staff = ReportLevel.Staff,
}

/// <summary>The scope and period a measure is asked for, once checked: the sites it covers (null for the whole country) or the one staff member.</summary>
public sealed record MeasureScope(MeasureLevel Level, Guid? Id, string Name, IReadOnlyList<SiteId>? Sites, StaffId? StaffId, DateOnly From, DateOnly To);

/// <summary>
/// Reads level, id and period and checks who may see them, as the IEP, employment-outcome and referral measures do
/// (the platform's <see cref="ReportScopes"/>): national office sees every level; a service centre manager their own site
/// and its staff; anyone their own figures (level staff, their own id, the default). A period is at most a year (a year and
/// a day, for a leap year), 28 days to today by default.
/// </summary>
public sealed class MeasureScopes(TautokoDbContext db, CurrentStaff staff, TimeProvider clock)
{
    public const int MaxDays = ReportScopes.MaxDays;

    private static readonly ReportScopeRule Rule = new(
        [ReportLevel.Country, ReportLevel.Region, ReportLevel.Site, ReportLevel.Staff],
        ReportLevel.Staff,
        "Only the staff member themselves, the site's manager or national office see these measures.");

    public async Task<Outcome<MeasureScope>> ResolveAsync(string? level, Guid? id, DateOnly? from, DateOnly? to, CancellationToken ct) =>
        (await ReportScopes.ResolveAsync(db, staff, clock, Rule, level, id, from, to, ct))
            .Map(s => new MeasureScope((MeasureLevel)s.Level, s.Id, s.Name, s.Sites, s.StaffId, s.From, s.To));
}
