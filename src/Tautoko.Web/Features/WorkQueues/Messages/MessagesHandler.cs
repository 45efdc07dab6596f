using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Audit;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.Messaging;
using Tautoko.Core.Staff;
using Tautoko.Data;
using Tautoko.Web.Platform;
using Tautoko.Web.Features.WorkQueues.Common;

namespace Tautoko.Web.Features.WorkQueues.Messages;

public sealed record NewMessageInput(Guid? CaseManagerId, Guid? ClientId, CaseManagerMessageKind? Kind, string? From, string? Subject, string? Body, DateTimeOffset? ReceivedAt);

public sealed record AcknowledgeInput(MessageResponse? Response, string? Note);

public sealed record MessageView(
    Guid Id,
    Guid CaseManagerId,
    string CaseManager,
    Guid? ClientId,
    string? ClientName,
    CaseManagerMessageKind Kind,
    string From,
    bool FromColleague,
    string Subject,
    string Body,
    DateTimeOffset ReceivedAt,
    DateTimeOffset DueAt,
    bool IsOverdue,
    DateTimeOffset? AcknowledgedAt,
    string? AcknowledgedBy,
    MessageResponse? Response,
    bool AnsweredInTime,
    bool Covering,
    Guid? OutboxMessageId,
    OutboxStatus? Delivery,
    DateTimeOffset? DeliveredAt,
    string? DeliveryReference);

/// <summary>My messages: mine, and those of case managers I cover as buddy while they are on leave .</summary>
public sealed record Worklist(IReadOnlyList<MessageView> Messages, int Overdue, int VoicemailChecksToday, bool VoicemailCheckedEnough);

public sealed record MessageMeasure(CaseManagerMessageKind Kind, int Received, int AnsweredInTime, int AnsweredLate, int OpenOverdue, int OpenInTime, double? ShareInTime);

public sealed record MessageMeasures(Guid SiteId, DateOnly From, DateOnly To, IReadOnlyList<MessageMeasure> ByKind, int CaseManagerDays, int CaseManagerDaysWithTwoVoicemailChecks);

public sealed record VoicemailCheckInput(int? MessagesFound);

/// <summary>
/// E-mails and voicemails to case managers (R-052: e-mails acknowledged within 24 hours; R-053: voicemail
/// checked at least twice a day and calls returned within 24 hours), measurable, overdue ones on the worklist.
/// </summary>
public sealed class MessagesHandler(TautokoDbContext db, ClientAccess clients, CurrentStaff staff, AuditLog audit, TimeProvider clock, ILogger<MessagesHandler> logger)
{
    public async Task<WorkResult<MessageView>> RecordAsync(NewMessageInput input, CancellationToken ct)
    {
        var caseManagerId = input.CaseManagerId is { } cm ? new StaffId(cm) : staff.Id;
        var recipient = await db.Staff.AsNoTracking().Where(s => s.Id == caseManagerId).Select(s => new { s.Role, Name = s.FirstName + " " + s.LastName }).SingleOrDefaultAsync(ct);
        if (recipient is null || !recipient.Role.IsCaseManager())
        {
            return new WorkResult<MessageView>.Invalid(new() { ["caseManagerId"] = ["Send it to a case manager."] });
        }

        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            return new WorkResult<MessageView>.Invalid(new() { ["kind"] = ["Say whether it is an e-mail or a voicemail."] });
        }

        ClientId? clientId = input.ClientId is { } c && c != Guid.Empty ? new ClientId(c) : null;
        if (clientId is { } id)
        {
            var check = await clients.CheckAsync(id, ClientOperation.Read, ct);
            if (!check.Found)
            {
                return new WorkResult<MessageView>.Invalid(new() { ["clientId"] = ["There is no such client."] });
            }

            if (!check.Allowed)
            {
                return new WorkResult<MessageView>.Refused(check.Decision);
            }
        }

        // A case manager logs what reached them from a client; anyone else sends a message as themselves.
        var own = caseManagerId == staff.Id;
        var now = clock.GetUtcNow();
        var received = (input.ReceivedAt ?? now).ToUniversalTime();
        if (received > now.AddMinutes(5))
        {
            return new WorkResult<MessageView>.Invalid(new() { ["receivedAt"] = ["A message cannot arrive in the future."] });
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
            return new WorkResult<MessageView>.Invalid(new() { [field] = [ex.Error.Message] });
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
        var checks = await ChecksOnAsync(me, today, ct);
        return new Worklist(views, views.Count(v => v.IsOverdue), checks, checks >= VoicemailCheck.ChecksPerDay);
    }

    public async Task<WorkResult<MessageView>> AcknowledgeAsync(Guid id, AcknowledgeInput input, CancellationToken ct)
    {
        if (input.Response is not { } response || !Enum.IsDefined(response))
        {
            return new WorkResult<MessageView>.Invalid(new() { ["response"] = ["Say how the message was answered: " + string.Join(", ", Enum.GetNames<MessageResponse>()) + "."] });
        }

        var message = await db.CaseManagerMessages.SingleOrDefaultAsync(m => m.Id == id, ct);
        if (message is null)
        {
            return new WorkResult<MessageView>.NotFound($"There is no message {id}.");
        }

        var covering = await CoveringAsync(ct);
        if (message.CaseManagerId != staff.Id && !covering.Contains(message.CaseManagerId))
        {
            return new WorkResult<MessageView>.Refused(AccessDecision.Refuse("message-not-yours", "This message is another case manager's; their buddy answers it while they are on leave (R-050)."));
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
                ? new WorkResult<MessageView>.Invalid(new() { ["note"] = [ex.Error.Message] })
                : WorkResult<MessageView>.From(ex.Error);
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

    public async Task<int> CheckVoicemailAsync(VoicemailCheckInput input, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        db.VoicemailChecks.Add(new VoicemailCheck(Guid.CreateVersion7(), staff.Id, now, Math.Max(0, input.MessagesFound ?? 0)));
        await db.SaveChangesAsync(ct);
        return await ChecksOnAsync(staff.Id, DateDisplay.TodayInAuckland(clock), ct);
    }

    /// <summary>R-052, R-053 for a site's case managers over a period (managers and national office).</summary>
    public async Task<WorkResult<MessageMeasures>> MeasuresAsync(SiteId? site, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var siteId = site ?? staff.SiteId;
        var allowed = staff.Role == StaffRole.NationalOffice || (staff.Role == StaffRole.ServiceCentreManager && siteId == staff.SiteId);
        if (!allowed)
        {
            return new WorkResult<MessageMeasures>.Refused(AccessDecision.Refuse("role", "Only the site's manager or national office see these measures."));
        }

        var today = DateDisplay.TodayInAuckland(clock);
        var last = to ?? today;
        var first = from ?? last.AddDays(-27);
        if (first > last || last.DayNumber - first.DayNumber > 366)
        {
            return new WorkResult<MessageMeasures>.Invalid(new() { ["from"] = ["Choose a period of at most a year, from before to."] });
        }

        var start = Instant(first);
        var end = Instant(last.AddDays(1));
        var now = clock.GetUtcNow();
        var caseManagers = await db.Staff.AsNoTracking().Where(s => s.SiteId == siteId).Select(s => new { s.Id, s.Role }).ToListAsync(ct);
        var ids = caseManagers.Where(s => s.Role.IsCaseManager()).Select(s => s.Id).ToList();
        var messages = await db.CaseManagerMessages.AsNoTracking()
            .Where(m => ids.Contains(m.CaseManagerId) && m.ReceivedAt >= start && m.ReceivedAt < end)
            .Select(m => new { m.Kind, m.ReceivedAt, m.DueAt, m.AcknowledgedAt })
            .ToListAsync(ct);
        var byKind = Enum.GetValues<CaseManagerMessageKind>().Select(kind =>
        {
            var of = messages.Where(m => m.Kind == kind).ToList();
            var inTime = of.Count(m => m.AcknowledgedAt is { } a && a <= m.DueAt);
            var late = of.Count(m => m.AcknowledgedAt is { } a && a > m.DueAt);
            var openOverdue = of.Count(m => m.AcknowledgedAt is null && now > m.DueAt);
            var openInTime = of.Count(m => m.AcknowledgedAt is null && now <= m.DueAt);
            var decided = inTime + late + openOverdue;
            return new MessageMeasure(kind, of.Count, inTime, late, openOverdue, openInTime, decided == 0 ? null : Math.Round(100.0 * inTime / decided, 1));
        }).ToList();

        var checks = await db.VoicemailChecks.AsNoTracking().Where(v => ids.Contains(v.StaffId) && v.At >= start && v.At < end).Select(v => new { v.StaffId, v.At }).ToListAsync(ct);
        var workingDays = Enumerable.Range(0, last.DayNumber - first.DayNumber + 1).Select(first.AddDays).Count(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));
        var daysWithTwo = checks.GroupBy(c => (c.StaffId, Day: DateOnly.FromDateTime(DateDisplay.ToAuckland(c.At).DateTime))).Count(g => g.Count() >= VoicemailCheck.ChecksPerDay);
        return new MessageMeasures(siteId.Value, first, last, byKind, workingDays * ids.Count, daysWithTwo);
    }

    /// <summary>Case managers whose buddy I am and who are on leave today .</summary>
    private async Task<List<StaffId>> CoveringAsync(CancellationToken ct)
    {
        var me = staff.Id;
        var today = DateDisplay.TodayInAuckland(clock);
        var buddies = await db.Staff.AsNoTracking().Where(s => s.BuddyId == me).ToListAsync(ct);
        return [.. buddies.Where(s => s.IsOnLeave(today)).Select(s => s.Id)];
    }

    private async Task<int> ChecksOnAsync(StaffId who, DateOnly day, CancellationToken ct)
    {
        var start = Instant(day);
        var end = Instant(day.AddDays(1));
        return await db.VoicemailChecks.CountAsync(v => v.StaffId == who && v.At >= start && v.At < end, ct);
    }

    private static DateTimeOffset Instant(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, DateDisplay.Auckland.GetUtcOffset(local)).ToUniversalTime();
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
