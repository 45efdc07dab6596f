using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Audit;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.Messaging;
using Tautoko.Core.Staff;
using Tautoko.Data;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.WorkQueues.Messages;

/// <summary>
/// E-mails and voicemails to case managers (R-052: e-mails acknowledged within 24 hours; R-053: voicemail
/// checked at least twice a day and calls returned within 24 hours), overdue ones on the worklist; measured by
/// <see cref="MessageMeasuresHandler"/>.
/// </summary>
public sealed class MessagesHandler(TautokoDbContext db, ClientAccess clients, CurrentStaff staff, AuditLog audit, TimeProvider clock, ILogger<MessagesHandler> logger)
{
    public async Task<Outcome<MessageView>> RecordAsync(NewMessageInput input, CancellationToken ct)
    {
        var caseManagerId = input.CaseManagerId is { } cm ? new StaffId(cm) : staff.Id;
        var recipient = await db.Staff.AsNoTracking().Where(s => s.Id == caseManagerId).Select(s => new { s.Role, Name = s.FirstName + " " + s.LastName }).SingleOrDefaultAsync(ct);
        if (recipient is null || !recipient.Role.IsCaseManager())
        {
            return Failure.Invalid("caseManagerId", "Send it to a case manager.");
        }

        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            return Failure.Invalid("kind", "Say whether it is an e-mail or a voicemail.");
        }

        ClientId? clientId = input.ClientId is { } c && c != Guid.Empty ? new ClientId(c) : null;
        if (clientId is { } id)
        {
            // A message about a client is written about them: quality checkers, who only read (ADR 0002), may not send one.
            var check = await clients.CheckAsync(id, ClientOperation.AddNote, ct);
            if (!check.Found)
            {
                return Failure.Invalid("clientId", "There is no such client.");
            }

            if (!check.Allowed)
            {
                return Failure.Refused(check.Decision);
            }
        }

        // A case manager logs what reached them from a client; anyone else sends a message as themselves.
        var own = caseManagerId == staff.Id;
        var now = clock.GetUtcNow();
        var received = (input.ReceivedAt ?? now).ToUniversalTime();
        if (PlausibleDates.WhyNotHappened(received, now) is { } receivedProblem)
        {
            return Failure.Invalid("receivedAt", receivedProblem);
        }

        CaseManagerMessage message;
        try
        {
            message = new CaseManagerMessage(
                Guid.CreateVersion7(), caseManagerId, clientId, kind, own ? input.From ?? string.Empty : staff.FullName, own ? null : staff.Id,
                input.Subject ?? string.Empty, input.Body ?? string.Empty, own ? received : now);
        }
        catch (DomainException ex)
        {
            var field = ex.Error.Rule.Replace("message-", string.Empty, StringComparison.Ordinal);
            return Failure.Invalid(field, ex.Error.Message);
        }

        db.CaseManagerMessages.Add(message);
        if (clientId is not null)
        {
            audit.Add(AuditAction.Create, "CaseManagerMessage", message.Id.ToString(), clientId, $"{kind} to a case manager recorded");
        }

        await db.SaveChangesAsync(ct);
        logger.LogInformation("Message {MessageId} to case manager {StaffId} recorded", message.Id, caseManagerId.Value);
        return (await ViewsAsync(db.CaseManagerMessages.Where(m => m.Id == message.Id), now, [], ct))[0];
    }

    public async Task<Worklist> WorklistAsync(bool openOnly, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var covering = await CoveringAsync(ct);
        var me = staff.Id;
        var query = db.CaseManagerMessages.Where(m => m.CaseManagerId == me || covering.Contains(m.CaseManagerId));
        if (openOnly)
        {
            query = query.Where(m => m.AcknowledgedAt == null);
        }

        var views = await ViewsAsync(query.OrderBy(m => m.DueAt).Take(100), now, covering, ct);
        var today = DateDisplay.TodayInAuckland(clock);
        var checks = await VoicemailCheckCounts.TimesOnAsync(db, me, today, ct);
        var reminders = VoicemailCheckSchedule.Reminders(checks, TimeOnly.FromDateTime(DateDisplay.ToAuckland(now).DateTime));
        return new Worklist(views, views.Count(v => v.IsOverdue), checks.Count, checks.Count >= VoicemailCheck.ChecksPerDay, reminders);
    }

    public async Task<Outcome<MessageView>> AcknowledgeAsync(Guid id, AcknowledgeInput input, CancellationToken ct)
    {
        if (input.Response is not { } response || !Enum.IsDefined(response))
        {
            return Failure.Invalid("response", "Say how the message was answered: " + string.Join(", ", Enum.GetNames<MessageResponse>()) + ".");
        }

        var message = await db.CaseManagerMessages.SingleOrDefaultAsync(m => m.Id == id, ct);
        if (message is null)
        {
            return Failure.NotFound($"There is no message {id}.");
        }

        var covering = await CoveringAsync(ct);
        if (message.CaseManagerId != staff.Id && !covering.Contains(message.CaseManagerId))
        {
            return Failure.Refused(AccessDecision.Refuse("message-not-yours", "This message is another case manager's; their buddy answers it while they are on leave (R-050)."));
        }

        var now = clock.GetUtcNow();
        string? logEntry;
        try
        {
            logEntry = message.Acknowledge(staff.Id, response, input.Note, now, DateDisplay.Show);
        }
        catch (DomainException ex)
        {
            return ex.Error.Rule == "message-note"
                ? Failure.Invalid("note", ex.Error.Message)
                : Failure.Broken(ex.Error);
        }

        if (logEntry is not null && message.ClientId is { } clientId)
        {
            // 003: the reply is recorded in the client's engagement log (call outcome, attempt with its time, or a copy of the e-mail).
            var note = new EngagementNote(
                Guid.CreateVersion7(), clientId, staff.Id, now, now,
                response == MessageResponse.EmailReply ? EngagementChannel.Email : EngagementChannel.Phone,
                response == MessageResponse.PhoneNoReply ? EngagementOutcome.UnsuccessfulAttempt : EngagementOutcome.Contact,
                logEntry, null);
            db.EngagementNotes.Add(note);
            message.LinkNote(note.Id);
            audit.Add(AuditAction.AddNote, "CaseManagerMessage", message.Id.ToString(), clientId, $"Acknowledged: {response}");
        }

        await db.SaveChangesAsync(ct);
        return (await ViewsAsync(db.CaseManagerMessages.Where(m => m.Id == id), now, covering, ct))[0];
    }

    /// <summary>R-053: a voicemail check, with how many messages it found (required, 0 to <see cref="VoicemailCheck.MaxMessagesFound"/>).</summary>
    public async Task<Outcome<int>> CheckVoicemailAsync(VoicemailCheckInput input, CancellationToken ct)
    {
        if (input.MessagesFound is not { } found)
        {
            return Failure.Invalid("messagesFound", "Give how many messages the check found (0 or more).");
        }

        if (VoicemailCheck.WhyNotMessagesFound(found) is { } problem)
        {
            return Failure.Invalid("messagesFound", problem);
        }

        var now = clock.GetUtcNow();
        db.VoicemailChecks.Add(new VoicemailCheck(Guid.CreateVersion7(), staff.Id, now, found));
        await db.SaveChangesAsync(ct);
        return await VoicemailCheckCounts.OnAsync(db, staff.Id, DateDisplay.TodayInAuckland(clock), ct);
    }

    /// <summary>Case managers whose buddy I am and who are on leave today .</summary>
    private async Task<List<StaffId>> CoveringAsync(CancellationToken ct)
    {
        var me = staff.Id;
        var today = DateDisplay.TodayInAuckland(clock);
        var buddies = await db.Staff.AsNoTracking().Where(s => s.BuddyId == me).ToListAsync(ct);
        return [.. buddies.Where(s => s.IsOnLeave(today)).Select(s => s.Id)];
    }

    private async Task<IReadOnlyList<MessageView>> ViewsAsync(IQueryable<CaseManagerMessage> messages, DateTimeOffset now, IReadOnlyCollection<StaffId> covering, CancellationToken ct)
    {
        var rows = await (
                from m in messages.AsNoTracking()
                join cm in db.Staff on m.CaseManagerId equals cm.Id
                join c in db.Clients on m.ClientId equals c.Id into cs
                from c in cs.DefaultIfEmpty()
                join a in db.Staff on m.AcknowledgedById equals a.Id into acks
                from a in acks.DefaultIfEmpty()
                join o in db.OutboxMessages on m.OutboxMessageId equals (Guid?)o.Id into sent
                from o in sent.DefaultIfEmpty()
                select new
                {
                    Message = m,
                    Delivery = o == null ? (OutboxStatus?)null : o.Status,
                    DeliveredAt = o == null ? null : o.SentAt,
                    DeliveryReference = o == null ? null : o.DeliveryReference,
                    CaseManager = cm.FirstName + " " + cm.LastName,
                    Client = c == null ? null : c.FirstName + " " + c.LastName,
                    By = a == null ? null : a.FirstName + " " + a.LastName,
                })
            .ToListAsync(ct);
        return
        [
            .. rows.OrderBy(r => r.Message.DueAt).Select(r => new MessageView(
                r.Message.Id, r.Message.CaseManagerId.Value, r.CaseManager, r.Message.ClientId?.Value, r.Client, r.Message.Kind, r.Message.From,
                r.Message.FromStaffId is not null, r.Message.Subject, r.Message.Body, r.Message.ReceivedAt, r.Message.DueAt, r.Message.IsOverdue(now),
                r.Message.AcknowledgedAt, r.By, r.Message.Response, r.Message.AnsweredInTime, covering.Contains(r.Message.CaseManagerId),
                r.Message.OutboxMessageId, r.Delivery, r.DeliveredAt, r.DeliveryReference)),
        ];
    }
}
