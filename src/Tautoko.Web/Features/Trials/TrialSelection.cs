using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.Trials;
using Tautoko.Data;

namespace Tautoko.Web.Features.Trials;

/// <summary>A client as selection sees them: the facts eligibility needs and what the lists show.</summary>
public sealed record SelectionRow(EligibilityFacts Facts, string ClientNumber, string Name, SiteId SiteId, string SiteName);

/// <summary>
/// Reads the facts for eligibility from the benefit history (seed 004 §3.1): the spell open on the selection date, and the
/// first spell in the history — or the client's recorded age and benefit at first entry when the history does not reach
/// back to it (the recorded age is younger than the age at the earliest spell).
/// </summary>
public sealed class TrialSelection(TautokoDbContext db)
{
    /// <summary>Every client on one of the criteria's benefits on the selection date, with their facts.</summary>
    public async Task<IReadOnlyList<SelectionRow>> CandidatesAsync(TrialCriteria criteria, DateOnly selection, CancellationToken ct)
    {
        var benefits = criteria.Benefits.Select(b => b.Benefit).Distinct().ToList();
        var clientIds = await db.BenefitSpells.AsNoTracking()
            .Where(s => benefits.Contains(s.Benefit) && s.StartedOn <= selection && (s.EndedOn == null || s.EndedOn > selection))
            .Select(s => s.ClientId).Distinct().ToListAsync(ct);
        var rows = new List<SelectionRow>(clientIds.Count);
        foreach (var chunk in clientIds.Chunk(2000))
        {
            rows.AddRange(await LoadAsync(chunk, selection, ct));
        }

        return rows;
    }

    /// <summary>One client's facts (whatever their benefit), or null when there is no such client.</summary>
    public async Task<SelectionRow?> OneAsync(ClientId clientId, DateOnly selection, CancellationToken ct) =>
        (await LoadAsync([clientId], selection, ct)).SingleOrDefault();

    private async Task<IReadOnlyList<SelectionRow>> LoadAsync(IReadOnlyCollection<ClientId> ids, DateOnly selection, CancellationToken ct)
    {
        var clients = await (
                from c in db.Clients.AsNoTracking()
                join s in db.Sites on c.HomeSiteId equals s.Id
                where ids.Contains(c.Id)
                select new { c.Id, c.ClientNumber, c.FirstName, c.LastName, c.DateOfBirth, c.FirstBenefitAge, c.FirstBenefitType, c.HomeSiteId, SiteName = s.Name })
            .ToListAsync(ct);
        var spells = (await db.BenefitSpells.AsNoTracking().Where(s => ids.Contains(s.ClientId))
                .Select(s => new { s.ClientId, s.Benefit, s.Obligation, s.StartedOn, s.EndedOn }).ToListAsync(ct))
            .ToLookup(s => s.ClientId);
        return clients.Select(c =>
        {
            var history = spells[c.Id].OrderBy(s => s.StartedOn).ToList();
            var open = history.LastOrDefault(s => s.StartedOn <= selection && (s.EndedOn == null || s.EndedOn > selection));
            var earliest = history.FirstOrDefault();
            var historyReachesFirst = earliest is not null
                && (c.FirstBenefitAge is null || TrialEligibility.AgeOn(c.DateOfBirth, earliest.StartedOn) <= c.FirstBenefitAge);
            var facts = new EligibilityFacts(
                c.Id, c.DateOfBirth, open?.Benefit ?? BenefitType.None, open?.Obligation ?? WorkObligation.None,
                historyReachesFirst ? earliest!.StartedOn : null,
                historyReachesFirst ? earliest!.Benefit : c.FirstBenefitType,
                historyReachesFirst ? null : c.FirstBenefitAge);
            return new SelectionRow(facts, c.ClientNumber, $"{c.FirstName} {c.LastName}", c.HomeSiteId, c.SiteName);
        }).ToList();
    }
}
