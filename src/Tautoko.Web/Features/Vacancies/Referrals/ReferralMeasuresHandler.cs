using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Common;
using Tautoko.Core.Staff;
using Tautoko.Core.Vacancies;
using Tautoko.Data;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Vacancies;

/// <summary>A stage's count and its share of the referrals made (percent, one decimal; null when none were made).</summary>
public sealed record ReferralStageCount(string Stage, int Count, decimal? Percent);

public sealed record ReferralMeasuresView(
    DateOnly From, DateOnly To, Guid? CaseManagerId, Guid SiteId, IReadOnlyList<ReferralStageCount> Vacancy, IReadOnlyList<ReferralStageCount> Programme,
    IReadOnlyDictionary<string, int> ProgrammeOutcomes);

/// <summary>
/// Seed 002's referral measures (monitor): of the referrals made in a period by a case manager or at a site, how many (and what
/// percentage) reached each stage: vacancies accepted, declined, interviewed, filled; programmes accepted, declined,
/// participated, completed, and the outcome codes. Seen by the staff member themselves, the site's manager and national office.
/// </summary>
public sealed class ReferralMeasuresHandler(TautokoDbContext db, CurrentStaff staff, TimeProvider clock)
{
    private const string Refusal = "Only the staff member themselves, the site's manager or national office see these measures.";

    public async Task<Outcome<ReferralMeasuresView>> MeasureAsync(StaffId? caseManagerId, SiteId? siteId, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var resolved = await ReportScopes.ResolveCaseManagerOrSiteAsync(db, staff, clock, Refusal, caseManagerId, siteId, from, to, ct);
        if (resolved.Failure is { } failure)
        {
            return failure;
        }

        var (site, first, last, _) = resolved.Value;

        var query = db.Referrals.AsNoTracking().Where(r => r.SiteId == site && r.ReferredOn >= first && r.ReferredOn <= last);
        if (caseManagerId is { } only)
        {
            query = query.Where(r => r.ReferredBy == only);
        }

        var rows = await query.Select(r => new { r.Kind, r.AcceptedOn, r.DeclinedOn, r.InterviewedOn, r.FilledOn, r.ParticipatedOn, r.CompletedOn, r.OutcomeCode }).ToListAsync(ct);
        var vacancy = rows.Where(r => r.Kind == ReferralKind.Vacancy).ToList();
        var programme = rows.Where(r => r.Kind == ReferralKind.Programme).ToList();
        return new ReferralMeasuresView(first, last, caseManagerId?.Value, site.Value,
            Counts(vacancy.Count, ("accepted", vacancy.Count(r => r.AcceptedOn != null)), ("declined", vacancy.Count(r => r.DeclinedOn != null)),
                ("interviewed", vacancy.Count(r => r.InterviewedOn != null)), ("filled", vacancy.Count(r => r.FilledOn != null))),
            Counts(programme.Count, ("accepted", programme.Count(r => r.AcceptedOn != null)), ("declined", programme.Count(r => r.DeclinedOn != null)),
                ("participated", programme.Count(r => r.ParticipatedOn != null)), ("completed", programme.Count(r => r.CompletedOn != null))),
            Enum.GetValues<ProgrammeOutcome>().ToDictionary(ReferralHandler.Camel, o => programme.Count(r => r.OutcomeCode == o)));
    }

    private static IReadOnlyList<ReferralStageCount> Counts(int referred, params (string Stage, int Count)[] stages) =>
        [new ReferralStageCount("referred", referred, referred == 0 ? null : 100m),
         .. stages.Select(s => new ReferralStageCount(s.Stage, s.Count, referred == 0 ? null : Math.Round(100m * s.Count / referred, 1)))];
}
