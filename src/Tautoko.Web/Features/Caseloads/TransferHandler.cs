using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.Staff;
using Tautoko.Core.Trials;
using Tautoko.Data;
using Tautoko.Data.Operations;
using Tautoko.Data.Filters;
using Tautoko.Web.Platform;
namespace Tautoko.Web.Features.Caseloads;

public sealed record TransferInput(Guid? ToSiteId, Guid? ToCaseManagerId, DateOnly? ReceivedOn, [Required] string? Reasons);

public sealed record TransferDecisionInput(bool Approve, string? Note, Guid? ToCaseManagerId);

public sealed record TransferView(
    Guid Id,
    Guid ClientId,
    string Client,
    string FromSite,
    string ToSite,
    string? FromCaseManager,
    string? ToCaseManager,
    DateOnly ReceivedOn,
    string Reasons,
    string RecordedBy,
    DateTimeOffset RecordedAt,
    string Status,
    bool? FromApproved,
    string? FromDecidedBy,
    string? FromNote,
    bool? ToApproved,
    string? ToDecidedBy,
    string? ToNote,
    IReadOnlyList<string> SidesIDecide);

/// <summary>
/// R-007: a client's written request, with reasons, to change case manager or service centre. The managers
/// of both centres decide; on the second approval the client moves (capacity guarded, R-014) in the same
/// transaction, and the home site changes with a change of centre (R-006). History is kept.
/// </summary>
public sealed class TransferHandler(TautokoDbContext db, CurrentStaff me, ClientAccess access, PlacementWriter writer, AuditLog audit, TimeProvider clock)
{
    public async Task<Outcome<Changed>> RequestAsync(ClientId clientId, TransferInput input, CancellationToken ct)
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

        if (input.ReceivedOn is { } receivedOn && PlausibleDates.WhyNotHappened(receivedOn, DateDisplay.TodayInAuckland(clock)) is { } receivedProblem)
        {
            return Failure.Invalid("receivedOn", receivedProblem);
        }

        var client = await db.Clients.AsNoTracking().Where(c => c.Id == clientId).Select(c => new { c.HomeSiteId }).SingleAsync(ct);
        var open = await db.Placements.AsNoTracking().Open().SingleOrDefaultAsync(p => p.ClientId == clientId, ct);
        var toSite = input.ToSiteId is { } s ? new SiteId(s) : open?.SiteId ?? client.HomeSiteId;
        if (!await db.Sites.AnyAsync(x => x.Id == toSite, ct))
        {
            return Failure.Invalid(new Dictionary<string, string[]> { ["toSiteId"] = ["Choose the service centre the client asks for."] });
        }

        StaffId? toCaseManager = input.ToCaseManagerId is { } cm ? new StaffId(cm) : null;
        if (toCaseManager is { } named && !await db.Caseloads.AnyAsync(c => c.StaffId == named && c.SiteId == toSite, ct))
        {
            return Failure.Invalid(new Dictionary<string, string[]> { ["toCaseManagerId"] = ["The case manager asked for has no caseload at that centre."] });
        }

        if (toCaseManager is { } asked && await db.Caseloads.Where(c => c.StaffId == asked).Select(c => (CaseManagementService?)c.Service).SingleOrDefaultAsync(ct) is { } service
            && await TrialControls.ProtectingTrialAsync(db, clientId, service, DateDisplay.TodayInAuckland(clock), ct) is { } trial)
        {
            return Failure.Broken(TrialProtection.Refusal(trial)); // R-113
        }

        var onePending = await db.TransferRequests.AnyAsync(t => t.ClientId == clientId && t.Status == TransferStatus.Pending, ct);
        if (TransferRequest.WhyNotAnother(onePending) is { } waiting)
        {
            return CaseloadFailures.Conflict(waiting);
        }

        var now = clock.GetUtcNow();
        var request = new TransferRequest(Guid.CreateVersion7(), clientId, open?.Id, open?.CaseManagerId, open?.SiteId ?? client.HomeSiteId, toSite, toCaseManager, input.ReceivedOn ?? DateDisplay.TodayInAuckland(clock), input.Reasons ?? string.Empty, me.Id, now);
        db.TransferRequests.Add(request);
        db.EngagementNotes.Add(new EngagementNote(Guid.CreateVersion7(), clientId, me.Id, now, now, EngagementChannel.Letter, EngagementOutcome.Information, $"Written request to change {(request.SameSite ? "case manager" : "service centre")} received. Reasons: {request.Reasons}", null));
        audit.Add(Core.Audit.AuditAction.Create, "TransferRequest", request.Id.ToString(), clientId, "Transfer requested", check.ViaBreakGlass);
        await db.SaveChangesAsync(ct);
        return new Changed(request.Id, "Request recorded for the managers of both centres to decide (R-007).");
    }

    public async Task<Outcome<Changed>> DecideAsync(Guid requestId, TransferDecisionInput input, CancellationToken ct)
    {
        var request = await db.TransferRequests.SingleOrDefaultAsync(t => t.Id == requestId, ct);
        if (request is null)
        {
            return Failure.NotFound("There is no such request.");
        }

        var viewer = me.Viewer;
        if (viewer.Role != StaffRole.ServiceCentreManager)
        {
            return Failure.Refused(AccessDecision.Refuse(ClientAccessPolicy.RoleRule, "The managers of the service centres involved decide (R-007)."));
        }

        var now = clock.GetUtcNow();
        await using var transaction = await db.BeginUnitOfWorkAsync(ct);
        try
        {
            request.Decide(viewer.SiteId, input.Approve, me.Id, now, input.Note, input.ToCaseManagerId is { } t ? new StaffId(t) : null);
        }
        catch (DomainException ex)
        {
            return Failure.Broken(ex.Error);
        }

        var actor = Actor.From(me);
        audit.Add(actor, Core.Audit.AuditAction.Update, "TransferRequest", request.Id.ToString(), request.ClientId, $"{(input.Approve ? "Approved" : "Declined")} for site {viewer.SiteId}");
        var message = input.Approve ? "Approval recorded; waiting for the other centre's manager." : "Request declined.";
        if (request.Status == TransferStatus.Approved)
        {
            var moved = await CarryOutAsync(request, actor, now, ct);
            if (moved is not null)
            {
                return moved;
            }

            message = "Both managers approved: the client has moved.";
        }
        else if (request.Status == TransferStatus.Declined)
        {
            db.EngagementNotes.Add(new EngagementNote(Guid.CreateVersion7(), request.ClientId, me.Id, now, now, EngagementChannel.Internal, EngagementOutcome.Information, $"Transfer request declined by the manager: {input.Note}", null));
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CaseloadFailures.Conflict(new DomainError("concurrency", "The other manager decided at the same moment; reload and look again."));
        }

        await transaction.CommitAsync(ct);
        return new Changed(request.Id, message);
    }

    public async Task<IReadOnlyList<TransferView>> ListAsync(ClientId? clientId, bool pendingForMe, CancellationToken ct)
    {
        var viewer = me.Viewer;
        var query = db.TransferRequests.AsNoTracking();
        if (clientId is { } id)
        {
            query = query.Where(t => t.ClientId == id);
        }

        if (pendingForMe)
        {
            query = query.Where(t => t.Status == TransferStatus.Pending && (t.FromSiteId == viewer.SiteId || t.ToSiteId == viewer.SiteId));
        }
        else if (clientId is null && viewer.Role != StaffRole.NationalOffice)
        {
            query = query.Where(t => t.FromSiteId == viewer.SiteId || t.ToSiteId == viewer.SiteId);
        }

        var rows = await query.OrderByDescending(t => t.RecordedAt).Take(200).ToListAsync(ct);
        var staffIds = rows.SelectMany(r => new[] { r.FromCaseManagerId, r.ToCaseManagerId, r.RecordedById, r.FromDecidedById, r.ToDecidedById }).OfType<StaffId>().Distinct().ToList();
        var names = await db.Staff.AsNoTracking().Where(s => staffIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.FirstName + " " + s.LastName, ct);
        var sites = await db.Sites.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var clientIds = rows.Select(r => r.ClientId).Distinct().ToList();
        var clients = await db.Clients.AsNoTracking().Where(c => clientIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.FirstName + " " + c.LastName, ct);
        string? Name(StaffId? s) => s is { } x ? names.GetValueOrDefault(x, "?") : null;
        return [.. rows.Select(r => new TransferView(
            r.Id, r.ClientId.Value, clients.GetValueOrDefault(r.ClientId, "?"), sites.GetValueOrDefault(r.FromSiteId, "?"), sites.GetValueOrDefault(r.ToSiteId, "?"),
            Name(r.FromCaseManagerId), Name(r.ToCaseManagerId), r.ReceivedOn, r.Reasons, Name(r.RecordedById)!, r.RecordedAt, r.Status.ToString(),
            r.FromApproved, Name(r.FromDecidedById), r.FromNote, r.ToApproved, Name(r.ToDecidedById), r.ToNote,
            viewer.Role == StaffRole.ServiceCentreManager ? [.. r.SidesFor(viewer.SiteId).Select(s => s.ToString())] : []))];
    }

    private async Task<Failure?> CarryOutAsync(TransferRequest request, Actor actor, DateTimeOffset now, CancellationToken ct)
    {
        var today = DateDisplay.TodayInAuckland(clock);
        if (request.PlacementId is { } oldId)
        {
            var old = await db.Placements.SingleAsync(p => p.Id == oldId, ct);
            if (old.IsOpen)
            {
                old.EndByTransfer(me.Id, now, today, "Transferred at the client's written request (R-007).");
                await writer.CloseAsync(old, actor, "Transferred at the client's written request; both managers agreed (R-007).", "Transfer (R-007)", false, ct);
                await CapacityGuard.ReleaseAsync(db, old.CaseManagerId, now, ct);
            }
        }

        if (!request.SameSite)
        {
            // R-006: the home site follows a change of centre (the client may still use any centre).
            var client = await db.Clients.SingleAsync(c => c.Id == request.ClientId, ct);
            client.Update(client.CurrentDetails() with { HomeSiteId = request.ToSiteId });
        }

        if (request.ToCaseManagerId is { } to)
        {
            var caseload = await (
                    from c in db.Caseloads.AsNoTracking()
                    join s in db.Staff on c.StaffId equals s.Id
                    where c.StaffId == to
                    select new { c.SiteId, c.Service, c.Capacity, Name = s.FirstName + " " + s.LastName })
                .SingleOrDefaultAsync(ct);
            if (caseload is null)
            {
                return Failure.Invalid(new Dictionary<string, string[]> { ["toCaseManagerId"] = ["The case manager named has no caseload."] });
            }

            // R-113: a control client of a running trial of this service stays in business as usual.
            if (await TrialControls.ProtectingTrialAsync(db, request.ClientId, caseload.Service, today, ct) is { } trial)
            {
                return Failure.Broken(TrialProtection.Refusal(trial));
            }

            // R-014: the receiving caseload must have a free place, or nothing moves.
            if (!await CapacityGuard.TryTakeAsync(db, to, 1, now, ct))
            {
                return CaseloadFailures.Conflict(new DomainError("R-014", CapacityGuard.FullMessage(caseload.Capacity) + " Choose another case manager."));
            }

            var placement = writer.Add(request.ClientId, to, caseload.SiteId, caseload.Service, caseload.Name, actor, PlacementSource.Transfer, $"Transfer at the client's written request: {request.Reasons}", null, false);
            request.CarriedOut(placement.Id);

            // R-026: the Individual Employment Plan moves with the client, its activities still open.
            await ExitPlans.HandOverAsync(db, audit, request.ClientId, $"{caseload.Name} ({caseload.Service.DisplayName()})", me.Id, now, false, ct);
        }

        return null;
    }
}
