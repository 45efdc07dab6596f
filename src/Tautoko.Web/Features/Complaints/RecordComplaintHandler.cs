using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Audit;
using Tautoko.Core.Common;
using Tautoko.Core.Complaints;
using Tautoko.Data;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Complaints;

/// <summary>
/// Records a complaint about a frontline staff member's behaviour (any member of staff may take one, never about
/// themselves), and the outcome that closes it, which only those who see it record.
/// </summary>
public sealed class RecordComplaintHandler(TautokoDbContext db, CurrentStaff me, ClientAccess clients, AuditLog audit, ComplaintRegisterHandler register, TimeProvider clock)
{
    public async Task<Outcome<ComplaintRecorded>> RecordAsync(ComplaintInput input, CancellationToken ct)
    {
        var problems = new Dictionary<string, string[]>();
        var today = DateDisplay.TodayInAuckland(clock);
        if (input.StaffId is null || input.StaffId == Guid.Empty)
        {
            problems["staffId"] = ["Name the staff member the complaint is about."];
        }

        if (input.ReceivedOn is not { } receivedOn)
        {
            problems["receivedOn"] = ["Give the date the complaint was received."];
        }
        else if (PlausibleDates.WhyNotHappened(receivedOn, today) is { } dateProblem)
        {
            problems["receivedOn"] = [dateProblem];
        }

        if (input.Channel is not { } channel || !Enum.IsDefined(channel))
        {
            problems["channel"] = ["Say how the complaint arrived: " + string.Join(", ", Enum.GetValues<ComplaintChannel>().Select(c => c.DisplayName())) + "."];
        }

        if (string.IsNullOrWhiteSpace(input.Description) || input.Description.Trim().Length > Complaint.MaxDescriptionLength)
        {
            problems["description"] = [$"Describe the complaint in at most {Complaint.MaxDescriptionLength} characters."];
        }

        if (problems.Count > 0)
        {
            return Failure.Invalid(problems);
        }

        var staffId = new StaffId(input.StaffId!.Value);
        var named = await db.Staff.AsNoTracking().Where(s => s.Id == staffId).Select(s => new { s.SiteId }).SingleOrDefaultAsync(ct);
        if (named is null)
        {
            return Failure.Invalid("staffId", "There is no such staff member.");
        }

        ClientId? clientId = input.ClientId is { } c && c != Guid.Empty ? new ClientId(c) : null;
        var viaBreakGlass = false;
        if (clientId is { } client)
        {
            // The complainant's record is the client's information: the recorder must be able to open it.
            var check = await clients.CheckAsync(client, ClientOperation.Read, ct);
            if (!check.Found)
            {
                return Failure.Invalid("clientId", "There is no such client.");
            }

            if (check.Refusal(client) is { } refused)
            {
                return refused;
            }

            viaBreakGlass = check.ViaBreakGlass;
        }

        // Checked after access, so a refusal is never hidden behind it.
        if (staffId == me.Id)
        {
            return Failure.Invalid("staffId", "A complaint about yourself is recorded by your manager.");
        }

        var complaint = new Complaint(Guid.CreateVersion7(), staffId, named.SiteId, clientId, input.ReceivedOn!.Value, input.Channel!.Value, input.Description!, me.Id, clock.GetUtcNow());
        db.Complaints.Add(complaint);
        audit.Add(AuditAction.Create, nameof(Complaint), complaint.Id.ToString(), clientId, "Complaint about a staff member recorded", viaBreakGlass);
        await db.SaveChangesAsync(ct);
        return new ComplaintRecorded(complaint.Id, "Complaint recorded for the managers of the staff member's site.");
    }

    public async Task<Outcome<ComplaintView>> RecordOutcomeAsync(Guid id, ComplaintOutcomeInput input, CancellationToken ct)
    {
        var problems = new Dictionary<string, string[]>();
        if (input.Outcome is not { } outcome || !Enum.IsDefined(outcome))
        {
            problems["outcome"] = ["Choose one of the nine outcomes of Table Eight (R-093)."];
        }

        if (input.Version is null)
        {
            problems["version"] = ["Send the version of the complaint you read."];
        }

        if (input.Note is { Length: > Complaint.MaxNoteLength })
        {
            problems["note"] = [$"Keep the note to {Complaint.MaxNoteLength} characters."];
        }

        if (problems.Count > 0)
        {
            return Failure.Invalid(problems);
        }

        var complaint = await db.Complaints.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (complaint is null)
        {
            return ComplaintRegisterHandler.Missing(id);
        }

        var decision = ComplaintVisibility.Decide(me.Viewer, complaint.StaffId, complaint.SiteId);
        if (!decision.Allowed)
        {
            await audit.RecordAsync(AuditAction.AccessRefused, nameof(Complaint), id.ToString(), complaint.ClientId, $"Record outcome: {decision.Rule}", false, ct);
            return Failure.Refused(decision);
        }

        if (complaint.WhyNotRecordOutcome() is { } closed)
        {
            return Failure.Conflict(closed, "The complaint is closed");
        }

        if (complaint.Version != input.Version)
        {
            return Failure.Conflict(new DomainError("complaint-changed", "The complaint changed since you read it; reload it and look again."));
        }

        complaint.RecordOutcome(input.Outcome!.Value, input.Note, me.Id, clock.GetUtcNow());
        audit.Add(AuditAction.Update, nameof(Complaint), complaint.Id.ToString(), complaint.ClientId, $"Outcome recorded: {complaint.Outcome}");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Conflict(new DomainError("complaint-changed", "Someone recorded an outcome at the same moment; reload the complaint."));
        }

        return await register.ViewAsync(complaint, ct);
    }
}
