using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Appointments;
using Tautoko.Core.Clients;
using Tautoko.Core.ContactCentre;
using Tautoko.Core.Sites;
using Tautoko.Data;
using Tautoko.Web.Features.ContactCentre.Hardship;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.ContactCentre.CaseManaged;

/// <summary>
/// The flow as the CSR sees it, with what the record shows for steps 1 and 2: cautions, must-view notes and tags
/// with the hand-back reasons they suggest (Core decides those), the client's pattern of calling the contact centre,
/// and the case manager's own notes and decisions.
/// </summary>
public sealed class FlowViews(TautokoDbContext db, HighHardshipReferrals referrals, TimeProvider clock)
{
    public async Task<FlowView> ViewAsync(CaseManagedCallFlow flow, Guid? handBackTask, HighHardshipOutcome? high, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(DateDisplay.ToAuckland(now).DateTime);
        var client = await db.Clients.AsNoTracking().SingleAsync(c => c.Id == flow.ClientId, ct);
        var caseManager = await db.Staff.AsNoTracking().Where(s => s.Id == flow.CaseManagerId).Select(s => s.FirstName + " " + s.LastName).SingleAsync(ct);
        var cautions = await db.SpecialCautions.AsNoTracking().Where(c => c.ClientId == flow.ClientId && c.EndedAt == null).Select(c => c.Text).ToListAsync(ct);
        var mustView = (await db.MustViewNotes.AsNoTracking().Where(n => n.ClientId == flow.ClientId).ToListAsync(ct)).Where(n => n.IsActiveOn(today)).Select(n => n.Text).ToList();
        var tags = await db.ProgrammeTags.AsNoTracking().Where(t => t.ClientId == flow.ClientId && t.RemovedAt == null).Select(t => t.Code).ToListAsync(ct);
        var suggestions = CaseManagedCallFlow.HandBackSuggestions(tags, client.Flags.HasFlag(ClientFlags.LowTrust), cautions.Count > 0 || mustView.Count > 0);

        // 002 step 2: a pattern of calling the contact centre, and the case manager's own notes.
        var since = now.AddDays(-90);
        var contactCentreStaff = from s in db.Staff join site in db.Sites on s.SiteId equals site.Id where site.Kind == SiteKind.ContactCentre select s.Id;
        var callCount = await db.ClientCalls.CountAsync(c => c.ClientId == flow.ClientId && c.StartedAt >= since && c.Direction == CallDirection.Inbound && contactCentreStaff.Contains(c.StaffId), ct);
        var noteCount = await (
                from n in db.EngagementNotes
                where n.ClientId == flow.ClientId && n.OccurredAt >= since
                join s in db.Staff on n.AuthorId equals s.Id
                join site in db.Sites on s.SiteId equals site.Id
                where site.Kind == SiteKind.ContactCentre
                select n.Id)
            .CountAsync(ct);
        var cmNotes = await db.EngagementNotes.AsNoTracking().Where(n => n.ClientId == flow.ClientId && n.AuthorId == flow.CaseManagerId)
            .OrderByDescending(n => n.OccurredAt).Take(5).ToListAsync(ct);
        var decisions = await db.HardshipRequests.AsNoTracking().Where(r => r.ClientId == flow.ClientId && r.DecidedById == flow.CaseManagerId)
            .OrderByDescending(r => r.RequestedAt).Take(10).ToListAsync(ct);
        var yearAgo = now.AddYears(-1);
        var missed = await db.Appointments.CountAsync(a => a.ClientId == flow.ClientId && a.Status == AppointmentStatus.DidNotAttend && a.StartsAt >= yearAgo, ct);
        var context = new FlowContext(
            cautions, mustView, [.. tags.Select(t => $"{t.ShortName()} – {t.DisplayName()}")], suggestions, callCount, noteCount, missed,
            [.. cmNotes.Select(n => new CaseManagerNote(n.OccurredAt, n.Channel.DisplayName(), n.Text))],
            [.. decisions.Select(d => new HardshipRequestView(d.Id, d.RequestedAt, d.Need, d.Detail, d.Decision, caseManager))],
            await referrals.CountAsync(flow.ClientId, ct));
        return new FlowView(
            flow.Id, flow.CallId, flow.ClientId.Value, client.DisplayName, flow.CaseManagerId.Value, caseManager, flow.Step, flow.Step.DisplayName(), flow.HandBack, flow.GoodReason,
            flow.ReasonForCall, flow.ReasonNotViaCaseManager, flow.ActionsTaken, flow.AppointmentSummary, flow.Outcome, flow.CompletedAt, flow.SummaryMessageId,
            handBackTask, high, flow.Summary(), context);
    }
}
