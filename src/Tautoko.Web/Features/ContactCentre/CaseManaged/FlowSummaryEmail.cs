using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Audit;
using Tautoko.Core.Clients;
using Tautoko.Core.ContactCentre;
using Tautoko.Core.Messaging;
using Tautoko.Data;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.ContactCentre.CaseManaged;

/// <summary>
/// Step 5 (002): the full notes in the engagement log and the summary e-mail to the case manager, through the outbox
/// and tracked for acknowledgement within 24 hours. Adds to the unit of work; the caller saves.
/// </summary>
public sealed class FlowSummaryEmail(TautokoDbContext db, CurrentStaff staff, AuditLog audit, TimeProvider clock)
{
    public async Task AddAsync(CaseManagedCallFlow flow, string? otherDetails, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var client = await db.Clients.AsNoTracking().Where(c => c.Id == flow.ClientId).Select(c => new { c.FirstName, c.LastName, c.ClientNumber }).SingleAsync(ct);
        var noteId = Guid.CreateVersion7();
        var messageId = Guid.CreateVersion7();
        var summary = flow.Finish(staff.Id, otherDetails, now, noteId, messageId);
        db.EngagementNotes.Add(new EngagementNote(noteId, flow.ClientId, staff.Id, now, flow.StartedAt, EngagementChannel.Phone, EngagementOutcome.Contact,
            "Contact centre call (case-managed client)\n" + summary, null));
        var email = new CaseManagerMessage(
            messageId, flow.CaseManagerId, flow.ClientId, CaseManagerMessageKind.Email, staff.FullName, staff.Id,
            $"Contact centre call: {client.FirstName} {client.LastName} ({ClientNumbers.Format(client.ClientNumber)})", summary, now);
        var caseManagerEmail = await db.Staff.AsNoTracking().Where(s => s.Id == flow.CaseManagerId).Select(s => s.Email).SingleAsync(ct);

        // 002 step 5: the e-mail goes to the case manager's inbox through the outbox, in this unit of work; the tracked copy measures R-052.
        var outbox = email.SendThroughOutbox(Guid.CreateVersion7(), caseManagerEmail);
        db.OutboxMessages.Add(outbox);
        db.CaseManagerMessages.Add(email);
        audit.Add(AuditAction.AddNote, "CaseManagedCallFlow", flow.Id.ToString(), flow.ClientId, "Notes written and summary e-mail sent to the case manager");
    }
}
