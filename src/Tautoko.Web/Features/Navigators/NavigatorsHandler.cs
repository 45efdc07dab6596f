using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Audit;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.Navigators;
using Tautoko.Core.Staff;
using Tautoko.Data;
using Tautoko.Data.Filters;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Navigators;

/// <summary>
/// Navigators (SPEC §10, seed 004 §2.4): national office records each Navigator's contract (the NGO provider and the ICS case
/// manager at the site); the ICS case manager links their ICS clients to the Navigator, about 15 at a time (warned beyond,
/// not refused); the Navigator sees the clients linked to them and nobody else (the client access rule, R-120).
/// </summary>
public sealed class NavigatorsHandler(TautokoDbContext db, CurrentStaff me, ClientAccess access, AuditLog audit, TimeProvider clock)
{
    public async Task<Outcome<ContractList>> ContractsAsync(CancellationToken ct)
    {
        var role = me.Role;
        if (role is not (StaffRole.NationalOffice or StaffRole.ServiceCentreManager or StaffRole.IntensiveClientSupportManager or StaffRole.Navigator))
        {
            return Failure.Refused(AccessDecision.Refuse(ClientAccessPolicy.RoleRule, "National office, service centre managers, ICS case managers and Navigators see Navigator contracts."));
        }

        var myId = me.Id;
        var mySite = me.SiteId;
        var contracts = db.NavigatorContracts.AsNoTracking().Where(c => c.EndedAt == null);
        contracts = role switch
        {
            StaffRole.ServiceCentreManager => contracts.Where(c => c.SiteId == mySite),
            StaffRole.IntensiveClientSupportManager => contracts.Where(c => c.CaseManagerId == myId),
            StaffRole.Navigator => contracts.Where(c => c.NavigatorId == myId),
            _ => contracts,
        };
        var rows = await (
                from c in contracts
                join n in db.Staff on c.NavigatorId equals n.Id
                join m in db.Staff on c.CaseManagerId equals m.Id
                join s in db.Sites on c.SiteId equals s.Id
                orderby s.Name, n.LastName, n.FirstName
                select new
                {
                    c,
                    Navigator = n.FirstName + " " + n.LastName,
                    CaseManager = m.FirstName + " " + m.LastName,
                    Site = s.Name,
                    Linked = db.NavigatorClientLinks.Count(l => l.NavigatorId == c.NavigatorId && l.CaseManagerId == c.CaseManagerId && l.EndedAt == null),
                })
            .ToListAsync(ct);
        return new ContractList([.. rows.Select(r => new ContractView(r.c.Id, r.c.NavigatorId.Value, r.Navigator, r.c.Provider, r.c.CaseManagerId.Value, r.CaseManager,
            r.c.SiteId.Value, r.Site, r.Linked, NavigatorCaseload.About, r.Linked > NavigatorCaseload.About, r.c.RecordedAt))]);
    }

    public async Task<Outcome<ContractView>> RecordContractAsync(ContractInput input, CancellationToken ct)
    {
        if (me.Role != StaffRole.NationalOffice)
        {
            return Failure.Refused(AccessDecision.Refuse(ClientAccessPolicy.RoleRule, "National office records the contracts of Navigators with NGO providers."));
        }

        var problems = new Dictionary<string, string[]>();
        if (input.NavigatorId is null)
        {
            problems["navigatorId"] = ["The Navigator (a member of staff with the Navigator role)."];
        }

        if (input.CaseManagerId is null)
        {
            problems["caseManagerId"] = ["The ICS case manager the Navigator works with."];
        }

        if (NavigatorContract.WhyNotProvider(input.Provider) is { } providerError)
        {
            problems["provider"] = [providerError.Message];
        }

        if (problems.Count > 0)
        {
            return Failure.Invalid(problems);
        }

        var navigator = await db.Staff.AsNoTracking().SingleOrDefaultAsync(s => s.Id == new StaffId(input.NavigatorId!.Value), ct);
        var caseManager = await db.Staff.AsNoTracking().SingleOrDefaultAsync(s => s.Id == new StaffId(input.CaseManagerId!.Value), ct);
        if (navigator is null || caseManager is null)
        {
            return Failure.NotFound(navigator is null ? "There is no such Navigator." : "There is no such ICS case manager.");
        }

        if (navigator.Role != StaffRole.Navigator)
        {
            return Failure.Invalid("navigatorId", $"{navigator.FullName} is a {navigator.Role.DisplayName()}, not a Navigator.");
        }

        if (caseManager.Role != StaffRole.IntensiveClientSupportManager)
        {
            return Failure.Invalid("caseManagerId", $"{caseManager.FullName} is a {caseManager.Role.DisplayName()}; Navigators work with ICS case managers (seed 004 §2.4).");
        }

        if (caseManager.SiteId != navigator.SiteId)
        {
            return Failure.Invalid("caseManagerId", "The Navigator works with an ICS case manager at their own site (seed 004 §2.4).");
        }

        if (await db.NavigatorContracts.AnyAsync(c => c.NavigatorId == navigator.Id && c.CaseManagerId == caseManager.Id && c.EndedAt == null, ct))
        {
            return Failure.Conflict(new DomainError("navigator-contract", "This Navigator already works with this ICS case manager."), "Already contracted");
        }

        var contract = new NavigatorContract(Guid.CreateVersion7(), navigator.Id, input.Provider!, caseManager.Id, navigator.SiteId, me.Id, clock.GetUtcNow());
        db.NavigatorContracts.Add(contract);
        audit.Add(AuditAction.Create, "NavigatorContract", contract.Id.ToString(), null, $"{navigator.FullName} ({contract.Provider}) with {caseManager.FullName}");
        await db.SaveChangesAsync(ct);
        var site = await db.Sites.Where(s => s.Id == contract.SiteId).Select(s => s.Name).SingleAsync(ct);
        return new ContractView(contract.Id, navigator.Id.Value, navigator.FullName, contract.Provider, caseManager.Id.Value, caseManager.FullName, contract.SiteId.Value, site, 0,
            NavigatorCaseload.About, false, contract.RecordedAt);
    }

    /// <summary>
    /// The clients linked to a Navigator: the Navigator's own list; an ICS case manager sees the ones they linked; the site's
    /// manager and national office see all. Names leave the server, so the read is audited.
    /// </summary>
    public async Task<Outcome<NavigatorClients>> ClientsAsync(StaffId navigatorId, CancellationToken ct)
    {
        var navigator = await db.Staff.AsNoTracking().Where(s => s.Id == navigatorId && s.Role == StaffRole.Navigator).Select(s => new { s.FirstName, s.LastName, s.SiteId }).SingleOrDefaultAsync(ct);
        if (navigator is null)
        {
            return Failure.NotFound("There is no such Navigator.", "Navigator not found");
        }

        var myId = me.Id;
        var onlyMine = me.Role == StaffRole.IntensiveClientSupportManager;
        var allowed = me.Role switch
        {
            StaffRole.Navigator => navigatorId == myId,
            StaffRole.NationalOffice => true,
            StaffRole.ServiceCentreManager => navigator.SiteId == me.SiteId,
            StaffRole.IntensiveClientSupportManager => await db.NavigatorContracts.AnyAsync(c => c.NavigatorId == navigatorId && c.CaseManagerId == myId && c.EndedAt == null, ct),
            _ => false,
        };
        if (!allowed)
        {
            return Failure.Refused(AccessDecision.Refuse(ClientAccessPolicy.ScopeRule,
                "A Navigator sees their own clients; the ICS case managers they work with, their site's manager and national office see them too."));
        }

        var rows = await (
                from l in db.NavigatorClientLinks.AsNoTracking().OpenFor(navigatorId)
                where !onlyMine || l.CaseManagerId == myId
                join c in db.Clients on l.ClientId equals c.Id
                join m in db.Staff on l.CaseManagerId equals m.Id
                orderby c.LastName, c.FirstName
                select new { l.Id, l.ClientId, c.FirstName, c.LastName, c.ClientNumber, l.CaseManagerId, m, l.LinkedAt })
            .ToListAsync(ct);
        await audit.RecordAsync(AuditAction.Search, "NavigatorClients", navigatorId.Value.ToString(), null, $"Clients linked to a Navigator ({rows.Count})", false, ct);
        return new NavigatorClients(navigatorId.Value, navigator.FirstName + " " + navigator.LastName,
            [.. rows.Select(r => new LinkedClientView(r.Id, r.ClientId.Value, r.FirstName + " " + r.LastName, ClientNumbers.Format(r.ClientNumber), r.CaseManagerId.Value, r.m.FullName, r.LinkedAt))]);
    }

    /// <summary>
    /// The ICS case manager links one of their own ICS clients to a Navigator they work with. Beyond about 15 of their clients
    /// the link is made with a warning (seed 004 §2.4.2; rule navigator-15), not refused.
    /// </summary>
    public async Task<Outcome<LinkDone>> LinkAsync(StaffId navigatorId, LinkInput input, CancellationToken ct)
    {
        if (me.Role != StaffRole.IntensiveClientSupportManager)
        {
            return Failure.Refused(AccessDecision.Refuse(ClientAccessPolicy.RoleRule, "An ICS case manager links their own clients to a Navigator they work with."));
        }

        if (input.ClientId is not { } clientGuid)
        {
            return Failure.Invalid("clientId", "The client to link (one of your ICS clients).");
        }

        var clientId = new ClientId(clientGuid);
        var check = await access.CheckAsync(clientId, ClientOperation.Edit, ct);
        if (check.Refusal(clientId) is { } refusal)
        {
            return refusal;
        }

        var myId = me.Id;
        if (!await db.NavigatorContracts.AnyAsync(c => c.NavigatorId == navigatorId && c.CaseManagerId == myId && c.EndedAt == null, ct))
        {
            return Failure.NotFound("No Navigator with that id works with you (national office records the contracts).", "Navigator not found");
        }

        if (!await db.Placements.AnyAsync(p => p.ClientId == clientId && p.CaseManagerId == myId && p.Service == CaseManagementService.IntensiveClientSupport && p.EndedAt == null, ct))
        {
            return Failure.Broken(new DomainError(NavigatorCaseload.Rule, "A Navigator supports clients on your own ICS caseload (seed 004 §2.4.2); this client is not on it."));
        }

        if (await db.NavigatorClientLinks.OpenFor(navigatorId).AnyAsync(l => l.ClientId == clientId, ct))
        {
            return Failure.Conflict(new DomainError("navigator-link", "The client is already linked to this Navigator."), "Already linked");
        }

        var linked = 1 + await db.NavigatorClientLinks.CountAsync(l => l.NavigatorId == navigatorId && l.CaseManagerId == myId && l.EndedAt == null, ct);
        var warning = NavigatorCaseload.WarningFor(linked);
        var link = new NavigatorClientLink(Guid.CreateVersion7(), navigatorId, myId, clientId, myId, clock.GetUtcNow());
        db.NavigatorClientLinks.Add(link);
        audit.Add(AuditAction.Update, "NavigatorClientLink", link.Id.ToString(), clientId, $"Linked to Navigator {navigatorId.Value}{(warning is null ? string.Empty : " — " + warning.Message)}");
        await db.SaveChangesAsync(ct);
        return new LinkDone(link.Id, navigatorId.Value, clientGuid, linked, warning?.Message, warning?.Rule);
    }

    /// <summary>The ICS case manager who linked the client (or the site's manager) ends the link; the row is kept.</summary>
    public async Task<Outcome<UnlinkDone>> UnlinkAsync(StaffId navigatorId, ClientId clientId, CancellationToken ct)
    {
        if (me.Role is not (StaffRole.IntensiveClientSupportManager or StaffRole.ServiceCentreManager))
        {
            return Failure.Refused(AccessDecision.Refuse(ClientAccessPolicy.RoleRule, "The ICS case manager who linked the client, or the site's manager, ends the link."), clientId.Value);
        }

        var link = await db.NavigatorClientLinks.Where(l => l.NavigatorId == navigatorId && l.ClientId == clientId && l.EndedAt == null).SingleOrDefaultAsync(ct);
        if (link is null)
        {
            return Failure.NotFound("The client is not linked to that Navigator.", "Link not found");
        }

        var site = await db.Staff.Where(s => s.Id == navigatorId).Select(s => s.SiteId).SingleAsync(ct);
        var may = (me.Role == StaffRole.IntensiveClientSupportManager && link.CaseManagerId == me.Id) || (me.Role == StaffRole.ServiceCentreManager && site == me.SiteId);
        if (!may)
        {
            return Failure.Refused(AccessDecision.Refuse(ClientAccessPolicy.RoleRule, "The ICS case manager who linked the client, or the site's manager, ends the link."), clientId.Value);
        }

        link.End(me.Id, clock.GetUtcNow());
        audit.Add(AuditAction.Update, "NavigatorClientLink", link.Id.ToString(), clientId, $"Unlinked from Navigator {navigatorId.Value}");
        await db.SaveChangesAsync(ct);
        return new UnlinkDone(link.Id, link.EndedAt!.Value);
    }

    /// <summary>R-118: an ICS case manager's caseload as counted, with whānau when national office's setting counts them.</summary>
    public async Task<Outcome<IcsCaseloadCountView>> CaseloadCountAsync(StaffId caseManager, CancellationToken ct)
    {
        if (!(me.Id == caseManager || me.Role is StaffRole.NationalOffice or StaffRole.ServiceCentreManager))
        {
            return Failure.Refused(AccessDecision.Refuse(ClientAccessPolicy.RoleRule, "An ICS case manager sees their own caseload count; managers and national office see any."));
        }

        var caseload = await db.Caseloads.AsNoTracking().Where(c => c.StaffId == caseManager && c.Service == CaseManagementService.IntensiveClientSupport).Select(c => new { c.Capacity, c.Filled, c.SiteId }).SingleOrDefaultAsync(ct);
        if (caseload is null || (me.Role == StaffRole.ServiceCentreManager && caseload.SiteId != me.SiteId))
        {
            return Failure.NotFound("There is no ICS caseload of that case manager.", "Caseload not found");
        }

        var counts = await CaseloadRoom.WhanauCountAsync(db, ct);
        var whanau = await CaseloadRoom.WhanauOnCaseloadAsync(db, caseManager, ct);
        return new IcsCaseloadCountView(caseManager.Value, caseload.Capacity, caseload.Filled, whanau, counts, IcsSettings.CaseloadCount(caseload.Filled, whanau, counts));
    }
}
