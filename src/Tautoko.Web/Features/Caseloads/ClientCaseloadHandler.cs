using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Audit;
using Tautoko.Core.Assignment;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Common;
using Tautoko.Core.Sites;
using Tautoko.Data;
using Tautoko.Data.Assignment;
using Tautoko.Web.Platform;
using Tautoko.Web.Features.Caseloads.Assignment;
namespace Tautoko.Web.Features.Caseloads;

public sealed record PlacementView(
    Guid Id,
    Guid CaseManagerId,
    string CaseManager,
    string Site,
    CaseManagementService Service,
    string ServiceName,
    DateOnly StartedOn,
    int MonthsInService,
    TimeInServiceBand Band,
    string BandName,
    string PlacedBy,
    string PlacedHow,
    string PlacedReason,
    DateOnly? EndedOn,
    string? EndedBy,
    string? End,
    string? ExitReason,
    string? EndNote);

public sealed record CaseloadOption(Guid StaffId, string CaseManager, string Site, string Service, int Free);

public sealed record ClientCaseloadView(
    Guid ClientId,
    string ClientName,
    string ClientNumber,
    PlacementView? Current,
    IReadOnlyList<PlacementView> History,
    string AssignmentRule,
    string AssignmentExplanation,
    bool HasLmi1,
    IReadOnlyList<CaseloadOption> Options,
    IReadOnlyList<TransferView> Transfers,
    int OpenIepActivities);

/// <summary>A client's place on a caseload, its history, whether a proposal would consider them and why, and where they could go.</summary>
public sealed class ClientCaseloadHandler(TautokoDbContext db, ClientAccess access, TransferHandler transfers, AuditLog audit, TimeProvider clock)
{
    public async Task<Outcome<ClientCaseloadView>> GetAsync(ClientId clientId, CancellationToken ct)
    {
        var check = await access.CheckAsync(clientId, ClientOperation.Read, ct);
        if (!check.Found)
        {
            return Failure.NotFound($"There is no client {clientId.Value}.", "Client not found");
        }

        if (!check.Allowed)
        {
            return Failure.Refused(check.Decision, clientId.Value);
        }

        var today = DateDisplay.TodayInAuckland(clock);
        var client = await db.Clients.AsNoTracking().Where(c => c.Id == clientId).Select(c => new { c.FirstName, c.LastName, c.ClientNumber, c.HomeSiteId }).SingleAsync(ct);
        var placements = await (
                from p in db.Placements.AsNoTracking()
                where p.ClientId == clientId
                join cm in db.Staff on p.CaseManagerId equals cm.Id
                join site in db.Sites on p.SiteId equals site.Id
                join placer in db.Staff on p.PlacedById equals (StaffId?)placer.Id into placedBy
                from placer in placedBy.DefaultIfEmpty()
                join ender in db.Staff on p.EndedById equals (StaffId?)ender.Id into endedBy
                from ender in endedBy.DefaultIfEmpty()
                orderby p.StartedAt descending
                select new { p, CaseManager = cm.FirstName + " " + cm.LastName, Site = site.Name, By = placer == null ? null : placer.FirstName + " " + placer.LastName, Ender = ender == null ? null : ender.FirstName + " " + ender.LastName })
            .ToListAsync(ct);
        var views = placements.Select(x =>
        {
            var band = x.p.Band(today);
            return new PlacementView(
                x.p.Id, x.p.CaseManagerId.Value, x.CaseManager, x.Site, x.p.Service, x.p.Service.DisplayName(), x.p.StartedOn, TimeInService.Months(x.p.StartedOn, x.p.EndedOn ?? today), band, band.DisplayName(),
                x.By ?? "—", PlacementSources.DisplayName(x.p.Source), x.p.PlacedReason, x.p.EndedOn, x.Ender, x.p.End?.ToString(), x.p.ExitReason?.DisplayName(), x.p.EndNote);
        }).ToList();

        var facts = await AssignmentFacts.Query(db, db.Clients.Where(c => c.Id == clientId)).SingleAsync(ct);
        var phoneRegions = await AssignmentFacts.PhoneRegionsAsync(db, ct);
        var decision = EmploymentEligibility.Assess(facts.ToFacts(), today, phoneRegions.Contains(facts.HomeRegionId));
        var explanation = decision.Candidate is { } candidate
            ? $"{decision.Explanation} Waited {Core.Assignment.AssignmentExplanations.Weeks(candidate.WaitedDays)}. " + (candidate.PhoneEligible ? "May be placed face-to-face or phone-based." : $"Face-to-face only: {candidate.PhoneNote}.")
            : decision.Explanation;

        // Where the client could be placed: caseloads at the home site, and phone-based units serving the region.
        var options = await (
                from c in db.Caseloads.AsNoTracking()
                join s in db.Staff on c.StaffId equals s.Id
                join site in db.Sites on c.SiteId equals site.Id
                where c.SiteId == client.HomeSiteId || site.Kind == SiteKind.PhoneBasedCaseManagementUnit
                orderby site.Name, c.Service, s.LastName
                select new { c.StaffId, Name = s.FirstName + " " + s.LastName, Site = site.Name, c.Service, c.Capacity, c.Filled, site.ServedRegionIds, site.Kind })
            .ToListAsync(ct);
        var choices = options
            .Where(o => o.Kind != SiteKind.PhoneBasedCaseManagementUnit || o.ServedRegionIds.Contains(facts.HomeRegionId))
            .Select(o => new CaseloadOption(o.StaffId.Value, o.Name, o.Site, o.Service.ShortName(), Math.Max(0, o.Capacity - o.Filled)))
            .ToList();
        var requests = await transfers.ListAsync(clientId, false, ct);
        var openActivities = await ExitPlans.OpenActivitiesAsync(db, clientId, ct);
        // every read of a client's record is audited.
        await audit.RecordAsync(AuditAction.Read, "Caseload", clientId.ToString(), clientId, "Client caseload", check.ViaBreakGlass, ct);
        var view = new ClientCaseloadView(
            clientId.Value, $"{client.FirstName} {client.LastName}", Core.Clients.ClientNumbers.Format(client.ClientNumber),
            views.FirstOrDefault(v => v.EndedOn is null), [.. views.Where(v => v.EndedOn is not null)], decision.Rule, explanation, facts.HasLmi1, choices, requests, openActivities);
        return view;
    }
}
