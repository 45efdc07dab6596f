using Tautoko.Core.Clients;
using Tautoko.Core.Common;

namespace Tautoko.Core.Vacancies;

/// <summary>What matching needs to know of a vacancy.</summary>
public sealed record VacancyFacts(Guid VacancyId, string OccupationCode, SiteId SiteId, RegionId RegionId, decimal HoursPerWeek, IReadOnlyList<string> LicencesRequired);

/// <summary>What matching needs to know of a client: their occupation codes, home site and region, obligation, licences held, benefit start.</summary>
public sealed record CandidateFacts(
    ClientId ClientId,
    IReadOnlyList<string> OccupationCodes,
    SiteId HomeSiteId,
    RegionId RegionId,
    WorkObligation Obligation,
    IReadOnlySet<string> LicencesHeld,
    DateOnly? BenefitStartDate);

/// <summary>One reason in a match's score: what it is about, the points it gave, and the sentence shown.</summary>
public sealed record MatchReason(string Factor, int Points, string Text);

public sealed record MatchScore(ClientId ClientId, Guid VacancyId, int Score, int MonthsOnBenefit, IReadOnlyList<MatchReason> Reasons);

/// <summary>
/// Ranks work-ready clients for a vacancy (and vacancies for a client). Work-ready: full-time or part-time work obligations
/// and at least one ANZSCO occupation on the Jobseeker Profile. Each factor gives points and says why:
/// <list type="bullet">
/// <item>occupation — exact 6-digit code 40, same unit group (4 digits) 25, same minor group (3 digits) 15; none: not a match;</item>
/// <item>location — sites carry no coordinates, so distance is by place: the vacancy's own service centre 20, the same region 10;
/// another region: not a match;</item>
/// <item>hours — full-time obligations (30 h+) and a full-time vacancy, or part-time obligations (15–29 h) and 15–29 h: 15; a full-time
/// vacancy for part-time obligations 8; a part-time vacancy of 15 h+ for full-time obligations 5; under 15 h 0;</item>
/// <item>licences — every required licence held (or none required) 15; otherwise 0, naming what is missing;</item>
/// <item>time on benefit — longer is higher priority (the priority cohorts of seed 002 favour long-term receipt): 1 point per
/// two months, at most 10 (20 months or more).</item>
/// </list>
/// Ties: longer on benefit first, then client id, so the order is stable.
/// </summary>
public static class VacancyMatching
{
    public const int ExactOccupation = 40;
    public const int SameUnitGroup = 25;
    public const int SameMinorGroup = 15;
    public const int SameSite = 20;
    public const int SameRegion = 10;
    public const int HoursFit = 15;
    public const int LicencesFit = 15;
    public const int MaxTimeOnBenefit = 10;

    public static bool IsWorkReady(WorkObligation obligation, int occupationCodes) =>
        obligation is WorkObligation.FullTime or WorkObligation.PartTime && occupationCodes > 0;

    /// <summary>The score of one client for one vacancy, or null when they are not a match (not work-ready, other occupation group or region).</summary>
    public static MatchScore? Score(VacancyFacts vacancy, CandidateFacts client, DateOnly today)
    {
        if (!IsWorkReady(client.Obligation, client.OccupationCodes.Count) || client.RegionId != vacancy.RegionId)
        {
            return null;
        }

        var reasons = new List<MatchReason>(5);
        var occupation = OccupationReason(vacancy.OccupationCode, client.OccupationCodes);
        if (occupation is null)
        {
            return null;
        }

        reasons.Add(occupation);
        reasons.Add(client.HomeSiteId == vacancy.SiteId
            ? new MatchReason("location", SameSite, "Home service centre is the vacancy's")
            : new MatchReason("location", SameRegion, "Same region as the vacancy"));
        reasons.Add(HoursReason(vacancy.HoursPerWeek, client.Obligation));
        reasons.Add(LicenceReason(vacancy.LicencesRequired, client.LicencesHeld));
        var months = MonthsOnBenefit(client.BenefitStartDate, today);
        var benefitPoints = Math.Min(MaxTimeOnBenefit, months / 2);
        reasons.Add(new MatchReason("timeOnBenefit", benefitPoints, months == 0 ? "Less than a month on benefit" : $"{months} months on benefit"));
        return new MatchScore(client.ClientId, vacancy.VacancyId, reasons.Sum(r => r.Points), months, reasons);
    }

    /// <summary>The matches of a vacancy, best first (see the class comment for ties), at most <paramref name="take"/>.</summary>
    public static IReadOnlyList<MatchScore> Rank(VacancyFacts vacancy, IEnumerable<CandidateFacts> clients, DateOnly today, int take) =>
        [.. clients.Select(c => Score(vacancy, c, today)).OfType<MatchScore>()
            .OrderByDescending(m => m.Score).ThenByDescending(m => m.MonthsOnBenefit).ThenBy(m => m.ClientId.Value)
            .Take(take)];

    /// <summary>The vacancies a client matches, best first (ties: vacancy id).</summary>
    public static IReadOnlyList<MatchScore> RankVacancies(CandidateFacts client, IEnumerable<VacancyFacts> vacancies, DateOnly today, int take) =>
        [.. vacancies.Select(v => Score(v, client, today)).OfType<MatchScore>()
            .OrderByDescending(m => m.Score).ThenBy(m => m.VacancyId)
            .Take(take)];

    public static int MonthsOnBenefit(DateOnly? start, DateOnly today)
    {
        if (start is not { } s || s >= today)
        {
            return 0;
        }

        var months = ((today.Year - s.Year) * 12) + today.Month - s.Month;
        return today.Day < s.Day ? months - 1 : months;
    }

    private static MatchReason? OccupationReason(string wanted, IReadOnlyList<string> codes)
    {
        MatchReason? best = null;
        foreach (var code in codes)
        {
            MatchReason? reason = code == wanted ? new MatchReason("occupation", ExactOccupation, $"Seeks {Title(code)} ({code})")
                : code.Length == 6 && code[..4] == wanted[..4] ? new MatchReason("occupation", SameUnitGroup, $"Seeks {Title(code)} ({code}), same unit group")
                : code.Length == 6 && code[..3] == wanted[..3] ? new MatchReason("occupation", SameMinorGroup, $"Seeks {Title(code)} ({code}), same minor group")
                : null;
            if (reason is not null && (best is null || reason.Points > best.Points))
            {
                best = reason;
            }
        }

        return best;
    }

    private static string Title(string code) => AnzscoCatalogue.Find(code)?.Title ?? code;

    private static MatchReason HoursReason(decimal hours, WorkObligation obligation) => (obligation, hours) switch
    {
        (_, < 15) => new MatchReason("hours", 0, $"{hours:0.#} h a week is under the 15 h of any work obligation"),
        (WorkObligation.FullTime, >= Vacancy.FullTimeHours) => new MatchReason("hours", HoursFit, $"{hours:0.#} h a week fits full-time obligations"),
        (WorkObligation.PartTime, < Vacancy.FullTimeHours) => new MatchReason("hours", HoursFit, $"{hours:0.#} h a week fits part-time obligations"),
        (WorkObligation.PartTime, _) => new MatchReason("hours", 8, $"{hours:0.#} h a week is more than part-time obligations ask"),
        _ => new MatchReason("hours", 5, $"{hours:0.#} h a week is part-time; full-time obligations ask 30 h"),
    };

    private static MatchReason LicenceReason(IReadOnlyList<string> required, IReadOnlySet<string> held)
    {
        if (required.Count == 0)
        {
            return new MatchReason("licences", LicencesFit, "No licence required");
        }

        var missing = required.Where(r => !Licences.Covers(held, r)).ToList();
        return missing.Count == 0
            ? new MatchReason("licences", LicencesFit, "Holds " + string.Join(", ", required.Select(Licences.Describe)))
            : new MatchReason("licences", 0, "Missing " + string.Join(", ", missing.Select(Licences.Describe)));
    }
}
