using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Data;
using Tautoko.Data.Operations;
using Tautoko.Data.Configurations;
using Tautoko.Data.Filters;
using Tautoko.Core.Trials;
using Tautoko.Web.Platform;
namespace Tautoko.Web.Features.Caseloads;

public sealed record PlaceInput(Guid? CaseManagerId, string? Reason, string? Lmi1Reason);

/// <summary>A placement that passed its checks, ready to take its place on the caseload.</summary>
public sealed record PlacementPlan(ClientId ClientId, StaffId CaseManagerId, SiteId SiteId, CaseManagementService Service, int Capacity, string CaseManagerName, string Reason, bool ViaBreakGlass);

/// <summary>
/// A connector, manager or case manager places a client on a caseload directly (R-081; a case manager may
/// add an LMI1 client, stating why, R-020). The place is taken by the guarded update, so it never over-fills.
/// </summary>
public sealed class PlacementHandler(TautokoDbContext db, CurrentStaff me, ClientAccess access, PlacementWriter writer, TimeProvider clock)
{
    public async Task<Outcome<Changed>> PlaceAsync(ClientId clientId, PlaceInput input, CancellationToken ct)
    {
        if (!(await CheckAsync(clientId, input, ct)).TryGet(out var plan, out var refusal))
        {
            return refusal;
        }

        await using var transaction = await db.BeginUnitOfWorkAsync(ct);
        var taken = await TakeAsync(plan, ct);
        if (!taken.IsDone)
        {
            return taken.Failure;
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
        return new Changed(taken.Value.Id, $"Placed on {plan.CaseManagerName}'s caseload ({plan.Service.ShortName()}).");
    }

    /// <summary>The client was placed by someone else between the check and the save (the database's unique index said so).</summary>
    public static Failure DuplicatePlacement { get; } =
        CaseloadFailures.Conflict("placement-open", "The client was placed on a caseload by someone else a moment ago.");

    /// <summary>
    /// Everything a placement must pass before a place is taken: access, the input, the caseload, who may place,
    /// one open placement, R-020 and the phone-based rules. Either a refusal or the plan for <see cref="TakeAsync"/>.
    /// </summary>
    public async Task<Outcome<PlacementPlan>> CheckAsync(ClientId clientId, PlaceInput input, CancellationToken ct)
    {
        var check = await access.CheckAsync(clientId, ClientOperation.ManageTags, ct);
        if (!check.Found)
        {
            return Failure.NotFound("There is no such client.");
        }

        if (!check.Allowed)
        {
            return Failure.Refused(check.Decision, clientId.Value);
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
            return Failure.Invalid(problems);
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
            return Failure.NotFound("That staff member has no caseload.");
        }

        if (!CaseloadScope.MayPlace(me.Viewer, caseManagerId))
        {
            return Failure.Refused(AccessDecision.Refuse(ClientAccessPolicy.RoleRule, "Connectors, managers and national office place clients; a case manager adds clients to their own caseload (R-081)."), clientId.Value);
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

        var facts = new PlacementFacts(client.Open, client.Lmi1, client.Benefit, client.RegionId, client.Flags, client.LowTrust);
        if (DirectPlacement.Refusal(facts, caseload.Service, caseload.ServedRegionIds, input.Lmi1Reason) is { } refused)
        {
            return CaseloadFailures.Titled(refused);
        }

        // a control client of a running trial of this service stays in business as usual.
        if (await TrialControls.ProtectingTrialAsync(db, clientId, caseload.Service, DateDisplay.TodayInAuckland(clock), ct) is { } trial)
        {
            return Failure.Broken(TrialProtection.Refusal(trial));
        }

        var reason = DirectPlacement.Reason(input.Reason!, client.Lmi1, input.Lmi1Reason);
        return new PlacementPlan(clientId, caseManagerId, caseload.SiteId, caseload.Service, caseload.Capacity, caseload.Name, reason, check.ViaBreakGlass);
    }

    /// <summary>
    /// Takes the place (R-014, the guarded update) and writes the placement, its tag, log entry and audit rows into
    /// the unit of work. Call it inside the caller's transaction, which saves and commits; a conflict means nothing was taken.
    /// </summary>
    public async Task<Outcome<CaseloadPlacement>> TakeAsync(PlacementPlan plan, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A place on a caseload is taken inside the caller's transaction.");
        }

        if (!await CapacityGuard.TryTakeAsync(db, plan.CaseManagerId, 1, clock.GetUtcNow(), ct))
        {
            return CaseloadFailures.Conflict("R-014", CapacityGuard.FullMessage(plan.Capacity));
        }

        return writer.Add(plan.ClientId, plan.CaseManagerId, plan.SiteId, plan.Service, plan.CaseManagerName, Actor.From(me), PlacementSource.Manual, plan.Reason, null, plan.ViaBreakGlass);
    }
}
