using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Data;
using Tautoko.Data.Configurations;
using Tautoko.Web.Platform;
namespace Tautoko.Web.Features.Caseloads;

public sealed record PlaceInput(Guid? CaseManagerId, string? Reason, string? Lmi1Reason);

public abstract record CaseloadChange
{
    public sealed record Done(Guid PlacementId, string Message) : CaseloadChange;

    public sealed record Invalid(Dictionary<string, string[]> Problems) : CaseloadChange;

    public sealed record Missing(string What) : CaseloadChange;

    public sealed record Refused(AccessDecision Decision) : CaseloadChange;

    /// <summary>A rule refused it (422), e.g. for phone-based, R-020 for LMI1 without a reason.</summary>
    public sealed record Broken(DomainError Error) : CaseloadChange;

    /// <summary>The state changed under the request (409): caseload full, client already placed.</summary>
    public sealed record Conflict(DomainError Error) : CaseloadChange;
}

/// <summary>A placement that passed its checks, ready to take its place on the caseload.</summary>
public sealed record PlacementPlan(ClientId ClientId, StaffId CaseManagerId, SiteId SiteId, CaseManagementService Service, int Capacity, string CaseManagerName, string Reason, bool ViaBreakGlass);

/// <summary>
/// A connector, manager or case manager places a client on a caseload directly (R-081; a case manager may
/// add an LMI1 client, stating why, R-020). The place is taken by the guarded update, so it never over-fills.
/// </summary>
public sealed class PlacementHandler(TautokoDbContext db, CurrentStaff me, ClientAccess access, PlacementWriter writer, TimeProvider clock)
{
    public async Task<CaseloadChange> PlaceAsync(ClientId clientId, PlaceInput input, CancellationToken ct)
    {
        var (refusal, plan) = await CheckAsync(clientId, input, ct);
        if (plan is null)
        {
            return refusal!;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var taken = await TakeAsync(plan, ct);
        if (taken is not CaseloadChange.Done)
        {
            return taken;
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.Refused(CaseloadPlacementConfiguration.OneOpenPlacementPerClient))
        {
            return DuplicatePlacement;
        }

        await transaction.CommitAsync(ct);
        return taken;
    }

    /// <summary>The client was placed by someone else between the check and the save (the database's unique index said so).</summary>
    public static CaseloadChange DuplicatePlacement { get; } =
        new CaseloadChange.Conflict(new DomainError("placement-open", "The client was placed on a caseload by someone else a moment ago."));

    /// <summary>
    /// Everything a placement must pass before a place is taken: access, the input, the caseload, who may place,
    /// one open placement, R-020 and the phone-based rules. Either a refusal or the plan for <see cref="TakeAsync"/>.
    /// </summary>
    public async Task<(CaseloadChange? Refusal, PlacementPlan? Plan)> CheckAsync(ClientId clientId, PlaceInput input, CancellationToken ct)
    {
        var check = await access.CheckAsync(clientId, ClientOperation.ManageTags, ct);
        if (!check.Found)
        {
            return (new CaseloadChange.Missing("There is no such client."), null);
        }

        if (!check.Allowed)
        {
            return (new CaseloadChange.Refused(check.Decision), null);
        }

        var problems = new Dictionary<string, string[]>();
        if (input.CaseManagerId is null)
        {
            problems["caseManagerId"] = ["Choose the case manager whose caseload the client joins."];
        }

        if (string.IsNullOrWhiteSpace(input.Reason) || input.Reason.Trim().Length < 5)
        {
            problems["reason"] = ["Say why the client is placed on this caseload."];
        }

        if (problems.Count > 0)
        {
            return (new CaseloadChange.Invalid(problems), null);
        }

        var caseManagerId = new StaffId(input.CaseManagerId!.Value);
        var caseload = await (
                from c in db.Caseloads.AsNoTracking()
                join s in db.Staff on c.StaffId equals s.Id
                join site in db.Sites on c.SiteId equals site.Id
                where c.StaffId == caseManagerId
                select new { c.StaffId, c.SiteId, c.Service, c.Capacity, Name = s.FirstName + " " + s.LastName, site.ServedRegionIds })
            .SingleOrDefaultAsync(ct);
        if (caseload is null)
        {
            return (new CaseloadChange.Missing("That staff member has no caseload."), null);
        }

        if (!CaseloadScope.MayPlace(me.Viewer, caseManagerId))
        {
            return (new CaseloadChange.Refused(AccessDecision.Refuse(ClientAccessPolicy.RoleRule, "Connectors, managers and national office place clients; a case manager adds clients to their own caseload (R-081).")), null);
        }

        var client = await (
                from c in db.Clients.AsNoTracking()
                join s in db.Sites on c.HomeSiteId equals s.Id
                where c.Id == clientId
                select new
                {
                    c.Benefit,
                    c.Flags,
                    s.RegionId,
                    Lmi1 = db.ProgrammeTags.Any(t => t.ClientId == c.Id && t.Code == ProgrammeTagCode.LabourMarketIndicator1 && t.RemovedAt == null),
                    LowTrust = db.ProgrammeTags.Any(t => t.ClientId == c.Id && t.Code == ProgrammeTagCode.LowTrust && t.RemovedAt == null),
                    Open = db.Placements.Any(p => p.ClientId == c.Id && p.EndedAt == null),
                })
            .SingleAsync(ct);

        if (client.Open)
        {
            return (new CaseloadChange.Conflict(new DomainError("placement-open", "The client is already on a caseload. Exit them first, or record a transfer request (R-007).")), null);
        }

        // case managers are advised not to add LMI1 clients; they decide, and say why.
        if (client.Lmi1 && string.IsNullOrWhiteSpace(input.Lmi1Reason))
        {
            return (new CaseloadChange.Broken(new DomainError("R-020", "The client is tagged Labour Market Indicator 1 (likely to find work within three months without case management). Say why case management is needed now.")), null);
        }

        if (caseload.Service == CaseManagementService.PhoneBased)
        {
            // phone-based caseloads are Jobseeker Work Ready clients of the regions the unit serves.
            if (client.Benefit != BenefitType.JobseekerSupportWorkReady || !caseload.ServedRegionIds.Contains(client.RegionId))
            {
                return (new CaseloadChange.Broken(new DomainError("R-017", "Phone-based case management is for Jobseeker Work Ready clients of Auckland, Waikato, Bay of Plenty, Wellington and Canterbury.")), null);
            }

            // the seven exceptions.
            var exceptions = PhoneBasedRules.ExceptionsFor(client.Flags, client.LowTrust);
            if (exceptions.Count > 0)
            {
                return (new CaseloadChange.Broken(new DomainError("R-018", "Not for phone-based case management: " + string.Join(", ", exceptions) + ".")), null);
            }
        }

        var reason = input.Reason!.Trim() + (client.Lmi1 ? $" (LMI1 tag noted; case management needed because: {input.Lmi1Reason!.Trim()})" : string.Empty);
        return (null, new PlacementPlan(clientId, caseManagerId, caseload.SiteId, caseload.Service, caseload.Capacity, caseload.Name, reason, check.ViaBreakGlass));
    }

    /// <summary>
    /// Takes the place (R-014, the guarded update) and writes the placement, its tag, log entry and audit rows into
    /// the unit of work. Call it inside the caller's transaction, which saves and commits; a conflict means nothing was taken.
    /// </summary>
    public async Task<CaseloadChange> TakeAsync(PlacementPlan plan, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A place on a caseload is taken inside the caller's transaction.");
        }

        if (!await CapacityGuard.TryTakeAsync(db, plan.CaseManagerId, 1, clock.GetUtcNow(), ct))
        {
            return new CaseloadChange.Conflict(new DomainError("R-014", CapacityGuard.FullMessage(plan.Capacity)));
        }

        var placement = writer.Add(plan.ClientId, plan.CaseManagerId, plan.SiteId, plan.Service, plan.CaseManagerName, Actor.From(me), PlacementSource.Manual, plan.Reason, null, plan.ViaBreakGlass);
        return new CaseloadChange.Done(placement.Id, $"Placed on {plan.CaseManagerName}'s caseload ({plan.Service.ShortName()}).");
    }
}
