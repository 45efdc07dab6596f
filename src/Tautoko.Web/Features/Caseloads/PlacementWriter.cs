using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Audit;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Data;
using Tautoko.Web.Platform;
namespace Tautoko.Web.Features.Caseloads;

/// <summary>
/// Writes what goes with a place on a caseload, in the caller's unit of work: the programme tag (added on
/// assignment), the placement with who made it and why, the engagement-log entry and the audit rows. The
/// caller takes the place with <see cref="CapacityGuard"/> in the same transaction.
/// </summary>
public sealed class PlacementWriter(TautokoDbContext db, AuditLog audit, TimeProvider clock)
{
    public CaseloadPlacement Add(ClientId clientId, StaffId caseManagerId, SiteId siteId, CaseManagementService service, string caseManagerName, Actor actor, PlacementSource source, string reason, Guid? proposalId, bool viaBreakGlass)
    {
        var now = clock.GetUtcNow();
        var today = DateDisplay.TodayInAuckland(clock);
        var tag = new ProgrammeTag(Guid.CreateVersion7(), clientId, service.Tag(), actor.StaffId, now, $"Assigned to {caseManagerName}'s caseload: {reason}");
        var placement = new CaseloadPlacement(Guid.CreateVersion7(), clientId, caseManagerId, siteId, service, today, now, actor.StaffId, source, reason, tag.Id, proposalId);
        db.ProgrammeTags.Add(tag);
        db.Placements.Add(placement);
        db.EngagementNotes.Add(new EngagementNote(
            Guid.CreateVersion7(), clientId, actor.StaffId, now, now, EngagementChannel.Internal, EngagementOutcome.Information,
            $"Placed on {caseManagerName}'s caseload ({service.DisplayName()}) by {PlacementSources.DisplayName(source).ToLowerInvariant()}. Programme tag {service.ShortName()} added. Reason: {reason}",
            null));
        audit.Add(actor, AuditAction.Create, "CaseloadPlacement", placement.Id.ToString(), clientId, $"Placed on caseload {caseManagerId} ({service.ShortName()}): {reason}", viaBreakGlass);
        audit.Add(actor, AuditAction.AddTag, "ProgrammeTag", tag.Id.ToString(), clientId, $"{service.ShortName()} added with the placement", viaBreakGlass);
        return placement;
    }

    /// <summary>Ends a placement's programme tag (R-026: remove the tag) and writes the log entry and audit row.</summary>
    public async Task CloseAsync(CaseloadPlacement placement, Actor actor, string logText, string tagReason, bool viaBreakGlass, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (placement.TagId is { } tagId && await db.ProgrammeTags.SingleOrDefaultAsync(t => t.Id == tagId, ct) is { IsActive: true } tag)
        {
            tag.Remove(actor.StaffId ?? placement.CaseManagerId, now, tagReason);
            audit.Add(actor, AuditAction.RemoveTag, "ProgrammeTag", tag.Id.ToString(), placement.ClientId, $"{tag.Code.ShortName()} removed: {tagReason}", viaBreakGlass);
        }

        db.EngagementNotes.Add(new EngagementNote(Guid.CreateVersion7(), placement.ClientId, actor.StaffId, now, now, EngagementChannel.Internal, EngagementOutcome.Information, TextLimits.Clip(logText, EngagementNote.MaxTextLength), null));
        audit.Add(actor, AuditAction.Update, "CaseloadPlacement", placement.Id.ToString(), placement.ClientId, TextLimits.Clip($"Placement ended ({placement.End}): {tagReason}", AuditEntry.MaxDetailLength), viaBreakGlass);
    }

    public static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
