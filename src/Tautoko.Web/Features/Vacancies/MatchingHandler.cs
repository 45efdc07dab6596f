using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Audit;
using Tautoko.Core.Common;
using Tautoko.Core.Vacancies;
using Tautoko.Data;
using Tautoko.Data.Vacancies;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Vacancies;

public sealed record MatchReasonView(string Factor, int Points, string Text);

public sealed record ClientMatchView(Guid ClientId, string ClientNumber, string Name, int Score, int MonthsOnBenefit, IReadOnlyList<MatchReasonView> Reasons);

public sealed record VacancyMatchesView(VacancyView Vacancy, int Considered, IReadOnlyList<ClientMatchView> Matches);

public sealed record VacancyMatchView(VacancyView Vacancy, int Score, IReadOnlyList<MatchReasonView> Reasons);

public sealed record OccupationCodesInput(IReadOnlyList<string>? Codes);

public sealed record OccupationCodeView(string Code, string Title);

/// <summary>
/// Matching: work-ready clients for a vacancy (ranked, with reasons; every client shown is audited, R-120) and open vacancies
/// for a client; and the ANZSCO codes of a client's Jobseeker Profile that make matching possible.
/// </summary>
public sealed class MatchingHandler(TautokoDbContext db, CurrentStaff staff, ClientAccess access, AuditLog audit, TimeProvider clock)
{
    public const int MaxMatches = 50;

    public async Task<Outcome<VacancyMatchesView>> MatchesForVacancyAsync(Guid vacancyId, int? take, CancellationToken ct)
    {
        if (VacancyRoles.Refusal(staff) is { } refused)
        {
            return refused;
        }

        if (take is < 1 or > MaxMatches)
        {
            return Failure.Invalid("take", $"1 to {MaxMatches}.");
        }

        var vacancy = await db.Vacancies.AsNoTracking().SingleOrDefaultAsync(v => v.Id == vacancyId, ct);
        if (vacancy is null)
        {
            return Failure.NotFound($"There is no vacancy {vacancyId}.", "Vacancy not found");
        }

        if (VacancyRoles.RegionRefusal(staff, vacancy.RegionId) is { } other)
        {
            return other;
        }

        var candidates = await MatchCandidates.ForVacancyAsync(db, vacancy, ct);
        var ranked = VacancyMatching.Rank(MatchCandidates.Facts(vacancy), candidates, DateDisplay.TodayInAuckland(clock), take ?? 20);
        var ids = ranked.Select(r => r.ClientId).ToList();
        var names = await db.Clients.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.ClientNumber, c.FirstName, c.LastName }).ToDictionaryAsync(c => c.Id, ct);
        foreach (var id in ids)
        {
            audit.Add(AuditAction.Read, "VacancyMatch", vacancy.Id.ToString(), id, "Shown as a match for a vacancy");
        }

        await db.SaveChangesAsync(ct);
        var employer = await db.Employers.AsNoTracking().Where(e => e.Id == vacancy.EmployerId).Select(e => e.Name).SingleAsync(ct);
        return new VacancyMatchesView(
            VacancyHandler.View(vacancy, employer),
            candidates.Count,
            [.. ranked.Select(r => new ClientMatchView(r.ClientId.Value, names[r.ClientId].ClientNumber, names[r.ClientId].FirstName + " " + names[r.ClientId].LastName, r.Score, r.MonthsOnBenefit, Reasons(r)))]);
    }

    public async Task<Outcome<IReadOnlyList<VacancyMatchView>>> VacanciesForClientAsync(ClientId id, CancellationToken ct)
    {
        var check = await access.CheckAsync(id, ClientOperation.Read, ct);
        if (check.Refusal(id) is { } refusal)
        {
            return refusal;
        }

        var client = await MatchCandidates.ForClientAsync(db, id, ct);
        await audit.RecordAsync(AuditAction.Read, "VacancyMatch", id.ToString(), id, "Vacancies matched for the client", check.ViaBreakGlass, ct);
        if (client is null || client.OccupationCodes.Count == 0)
        {
            return Array.Empty<VacancyMatchView>();
        }

        var groups = client.OccupationCodes.Select(AnzscoCatalogue.MinorGroup).Distinct().ToList();
        var rows = await (from v in db.Vacancies.AsNoTracking()
                          where v.RegionId == client.RegionId && v.Status == VacancyStatus.Open && groups.Contains(v.MinorGroup)
                          join e in db.Employers on v.EmployerId equals e.Id
                          select new { v, e.Name }).ToListAsync(ct);
        var byId = rows.ToDictionary(r => r.v.Id);
        var ranked = VacancyMatching.RankVacancies(client, rows.Select(r => MatchCandidates.Facts(r.v)), DateDisplay.TodayInAuckland(clock), MaxMatches);
        return ranked.Select(r => new VacancyMatchView(VacancyHandler.View(byId[r.VacancyId].v, byId[r.VacancyId].Name), r.Score, Reasons(r))).ToList();
    }

    public async Task<Outcome<IReadOnlyList<OccupationCodeView>>> GetCodesAsync(ClientId id, CancellationToken ct)
    {
        var check = await access.CheckAsync(id, ClientOperation.Read, ct);
        if (check.Refusal(id) is { } refusal)
        {
            return refusal;
        }

        var codes = await db.JobseekerOccupations.AsNoTracking().Where(o => o.ClientId == id).Select(o => o.Code).ToListAsync(ct);
        await audit.RecordAsync(AuditAction.Read, "JobseekerOccupation", id.ToString(), id, "Preferred occupation codes read", check.ViaBreakGlass, ct);
        return Codes(codes).ToList();
    }

    public async Task<Outcome<IReadOnlyList<OccupationCodeView>>> SaveCodesAsync(ClientId id, OccupationCodesInput input, CancellationToken ct)
    {
        var check = await access.CheckAsync(id, ClientOperation.Edit, ct);
        if (check.Refusal(id) is { } refusal)
        {
            return refusal;
        }

        var wanted = (input.Codes ?? []).Select(c => c?.Trim() ?? string.Empty).Distinct().ToList();
        if (input.Codes is null || wanted.Count > 10 || wanted.Any(c => !AnzscoCatalogue.IsOccupation(c)))
        {
            return Failure.Invalid("codes", "Up to 10 six-digit ANZSCO occupation codes from GET /api/occupations (an empty list clears them).");
        }

        var current = await db.JobseekerOccupations.Where(o => o.ClientId == id).ToListAsync(ct);
        db.JobseekerOccupations.RemoveRange(current.Where(o => !wanted.Contains(o.Code)));
        db.JobseekerOccupations.AddRange(wanted.Where(c => current.All(o => o.Code != c)).Select(c => new JobseekerOccupation(id, c)));
        audit.Add(AuditAction.Update, "JobseekerOccupation", id.ToString(), id, "Preferred occupation codes: " + string.Join(" ", wanted), check.ViaBreakGlass);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.Refused(JobseekerOccupationConfiguration.OncePerClient))
        {
            db.ChangeTracker.Clear();
            return Failure.Conflict(new DomainError("concurrency", "Someone else changed these codes at the same time; read them again."), "Someone else changed these codes", new Dictionary<string, object?>());
        }

        return Codes(wanted).ToList();
    }

    private static IReadOnlyList<OccupationCodeView> Codes(IEnumerable<string> codes) =>
        [.. codes.Order(StringComparer.Ordinal).Select(c => new OccupationCodeView(c, AnzscoCatalogue.Find(c)?.Title ?? c))];

    private static IReadOnlyList<MatchReasonView> Reasons(MatchScore score) => [.. score.Reasons.Select(r => new MatchReasonView(r.Factor, r.Points, r.Text))];
}
