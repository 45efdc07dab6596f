using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Appointments;
using Tautoko.Core.Audit;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.ContactCentre;
using Tautoko.Core.Hardship;
using Tautoko.Core.Messaging;
using Tautoko.Core.Sites;
using Tautoko.Core.Staff;
using Tautoko.Core.WorkQueues;
using Tautoko.Data;
using Tautoko.Web.Platform;
using Tautoko.Web.Features.ContactCentre.Calls;
using Tautoko.Web.Features.ContactCentre.Hardship;
using Tautoko.Web.Features.WorkQueues.Common;

namespace Tautoko.Web.Features.ContactCentre.CaseManaged;

public sealed record StartFlowInput(string? ReasonForCall);

public sealed record CautionsInput(HandBackReason? HandBack, bool NeedsAppointment, string? Note);

public sealed record WhyNotInput(bool? GoodReason, string? Reason);

public sealed record NeedInput(string? Actions, HardshipInput? Hardship);

public sealed record AppointmentInput(bool Book, string? Summary);

public sealed record FinishInput(string? OtherDetails);

public sealed record CaseManagerNote(DateTimeOffset At, string Channel, string Text);

/// <summary>What the flow shows, computed from the record (R-079 steps 1 and 2).</summary>
public sealed record FlowContext(
    IReadOnlyList<string> SpecialCautions,
    IReadOnlyList<string> MustViewNotes,
    IReadOnlyList<string> Tags,
    IReadOnlyList<HandBackReason> HandBackSuggestions,
    int ContactCentreCallsIn90Days,
    int ContactCentreNotesIn90Days,
    int MissedAppointmentsInYear,
    IReadOnlyList<CaseManagerNote> CaseManagerNotes,
    IReadOnlyList<HardshipRequestView> CaseManagerDecisions,
    int HardshipRequestsInYear);

public sealed record FlowView(
    Guid Id,
    Guid CallId,
    Guid ClientId,
    string ClientName,
    Guid CaseManagerId,
    string CaseManager,
    FlowStep Step,
    string StepName,
    HandBackReason? HandBack,
    bool? GoodReason,
    string ReasonForCall,
    string? ReasonNotViaCaseManager,
    string? ActionsTaken,
    string? AppointmentSummary,
    FlowOutcome? Outcome,
    DateTimeOffset? CompletedAt,
    Guid? SummaryMessageId,
    Guid? HandBackTaskId,
    HighHardshipOutcome? HighHardship,
    string Summary,
    FlowContext Context);

/// <summary>
/// R-079: the contact centre's five-step process for a case-managed client (002, "CSR process for Employment
/// and Phone-Based"), on a verified call (R-077, R-078), ending with notes and the summary e-mail to the case manager.
/// </summary>
public sealed class CaseManagedFlowHandler(
    TautokoDbContext db,
    CallsHandler calls,
    HardshipRequestsHandler hardship,
    HighHardshipReferrals referrals,
    IAppointmentBooking bookings,
    CurrentStaff staff,
    AuditLog audit,
    TimeProvider clock,
    ILogger<CaseManagedFlowHandler> logger)
{
    private static readonly ProgrammeTagCode[] ThisProcess =
        [ProgrammeTagCode.EmploymentCaseManagement, ProgrammeTagCode.EmploymentCaseManagementReserve, ProgrammeTagCode.PhoneBasedCaseManagement];

    private static readonly ProgrammeTagCode[] OtherCaseManagement =
        [ProgrammeTagCode.DedicatedCaseManagement, ProgrammeTagCode.IntegratedServicesCaseManagement, ProgrammeTagCode.IntensiveClientSupport, ProgrammeTagCode.GeneralCaseManagement];

    public async Task<WorkResult<FlowView>> StartAsync(Guid callId, StartFlowInput input, CancellationToken ct)
    {
        var loaded = await calls.LoadAsync(callId, tracked: false, ct);
        if (loaded is not WorkResult<ClientCall>.Ok { Value: var call })
        {
            return loaded.As<FlowView>();
        }

        // nothing about the client is discussed until the person on the line is verified.
        if (!call.MayReleaseClientInformation)
        {
            return new WorkResult<FlowView>.Broken(new DomainError(
                call.CallerKind == CallerKind.Agent ? "R-077" : "R-078",
                "Verify the person on the line before going on: identify them and ask verifying questions."));
        }

        var existing = await db.CaseManagedCallFlows.AsNoTracking().Where(f => f.CallId == callId).Select(f => (Guid?)f.Id).FirstOrDefaultAsync(ct);
        if (existing is { } id)
        {
            return await GetAsync(id, ct);
        }

        // this process is for a client on a case manager's caseload (their open placement, issue 4).
        if (await referrals.CaseManagerAsync(call.ClientId, ct) is not { } caseManager)
        {
            return new WorkResult<FlowView>.Broken(new DomainError("R-079", "The client has no case manager: help them as any client (this process is for case-managed clients)."));
        }

        var caseManagerId = caseManager.CaseManagerId;
        CaseManagedCallFlow flow;
        try
        {
            flow = new CaseManagedCallFlow(Guid.CreateVersion7(), callId, call.ClientId, staff.Id, caseManagerId, input.ReasonForCall ?? string.Empty, clock.GetUtcNow());
        }
        catch (DomainException ex)
        {
            return new WorkResult<FlowView>.Invalid(new() { ["reasonForCall"] = [ex.Error.Message] });
        }

        db.CaseManagedCallFlows.Add(flow);
        audit.Add(AuditAction.Create, "CaseManagedCallFlow", flow.Id.ToString(), call.ClientId, "Contact-centre process for a case-managed client started");
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Case-managed call flow {FlowId} started on call {CallId}", flow.Id, callId);
        return await ViewAsync(flow, null, null, ct);
    }

    public async Task<WorkResult<FlowView>> GetAsync(Guid id, CancellationToken ct)
    {
        var flow = await db.CaseManagedCallFlows.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, ct);
        if (flow is null)
        {
            return new WorkResult<FlowView>.NotFound($"There is no case-managed call flow {id}.");
        }

        if (flow.StaffId != staff.Id && staff.Role != StaffRole.NationalOffice)
        {
            return new WorkResult<FlowView>.Refused(Core.Access.AccessDecision.Refuse("flow-not-yours", "This call is another person's."));
        }

        return await ViewAsync(flow, null, null, ct);
    }

    public async Task<WorkResult<Guid?>> ForCallAsync(Guid callId, CancellationToken ct) =>
        await calls.LoadAsync(callId, tracked: false, ct) is WorkResult<ClientCall>.Ok
            ? new WorkResult<Guid?>.Ok(await db.CaseManagedCallFlows.AsNoTracking().Where(f => f.CallId == callId).Select(f => (Guid?)f.Id).FirstOrDefaultAsync(ct))
            : new WorkResult<Guid?>.NotFound($"There is no call {callId} of yours.");

    /// <summary>Step 1; a hand-back puts a task in the home site's Service Centre Referral queue.</summary>
    public Task<WorkResult<FlowView>> CautionsAsync(Guid id, CautionsInput input, CancellationToken ct) =>
        StepAsync(id, async flow =>
        {
            flow.CheckCautions(staff.Id, input.HandBack, input.NeedsAppointment, input.Note);
            Guid? task = null;
            if (input.HandBack is { } reason)
            {
                task = await HandBackAsync(flow, reason, input.Note, ct);
            }

            return (task, (HighHardshipOutcome?)null);
        }, ct);

    public Task<WorkResult<FlowView>> WhyNotAsync(Guid id, WhyNotInput input, CancellationToken ct) =>
        input.GoodReason is not { } good
            ? Task.FromResult<WorkResult<FlowView>>(new WorkResult<FlowView>.Invalid(new() { ["goodReason"] = ["Say whether there was a good reason the client could not get help from their case manager."] }))
            : StepAsync(id, flow =>
            {
                flow.RecordWhyNotCaseManager(staff.Id, good, input.Reason ?? string.Empty);
                return Task.FromResult<(Guid?, HighHardshipOutcome?)>((null, null));
            }, ct);

    /// <summary>Step 3, with R-079's guards on grants and, for a hardship request, the high-hardship count .</summary>
    public async Task<WorkResult<FlowView>> NeedAsync(Guid id, NeedInput input, CancellationToken ct)
    {
        if (input.Hardship is { } h && HardshipRequestsHandler.Validate(h) is { Count: > 0 } problems)
        {
            return new WorkResult<FlowView>.Invalid(problems);
        }

        return await StepAsync(id, async flow =>
        {
            var decisions = await db.HardshipRequests.AsNoTracking()
                .Where(r => r.ClientId == flow.ClientId && r.DecidedById == flow.CaseManagerId)
                .ToListAsync(ct);
            // Added to the unit of work only; if a rule refuses the grant nothing is saved.
            var request = input.Hardship is { } hardshipInput ? hardship.Add(flow.ClientId, hardshipInput) : null;
            flow.MeetNeed(staff.Id, input.Actions ?? string.Empty, request, decisions, clock.GetUtcNow());
            HighHardshipOutcome? high = null;
            if (request is not null)
            {
                var caseManager = await referrals.CaseManagerAsync(flow.ClientId, ct);
                high = await referrals.RouteAsync(flow.ClientId, staff.Id, caseManager, flow.ReasonForCall, ct);
            }

            return ((Guid?)null, high);
        }, ct);
    }

    /// <summary>
    /// Step 4: confirm the next appointment, or book it (the case manager, else the buddy, else the site F2F queue, R-082).
    /// The booking is made and saved by appointments before the step is recorded, so the flow is checked first.
    /// </summary>
    public async Task<WorkResult<FlowView>> AppointmentAsync(Guid id, AppointmentInput input, CancellationToken ct)
    {
        if (!input.Book && string.IsNullOrWhiteSpace(input.Summary))
        {
            return new WorkResult<FlowView>.Invalid(new() { ["summary"] = ["Say which appointment was confirmed, or why none could be booked."] });
        }

        string? booked = null;
        if (input.Book)
        {
            var flow = await db.CaseManagedCallFlows.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, ct);
            if (flow is null)
            {
                return new WorkResult<FlowView>.NotFound($"There is no case-managed call flow {id}.");
            }

            if (flow.StaffId != staff.Id)
            {
                return new WorkResult<FlowView>.Refused(Core.Access.AccessDecision.Refuse("flow-not-yours", "This call is another person's."));
            }

            if (flow.Step != FlowStep.NextAppointment)
            {
                return new WorkResult<FlowView>.Conflict(new DomainError("flow-step", $"The call is at step {(int)flow.Step} ({flow.Step.DisplayName()}), not the next appointment."));
            }

            try
            {
                booked = (await bookings.BookNextAsync(flow.ClientId, flow.CaseManagerId, flow.ReasonForCall, ct)).Summary;
            }
            catch (DomainException ex)
            {
                return WorkResult<FlowView>.From(ex.Error);
            }
        }

        return await StepAsync(id, flow =>
        {
            var summary = booked is null ? input.Summary! : string.IsNullOrWhiteSpace(input.Summary) ? booked : $"{booked} {input.Summary.Trim()}";
            flow.RecordAppointment(staff.Id, summary);
            return Task.FromResult<(Guid?, HighHardshipOutcome?)>((null, null));
        }, ct);
    }

    /// <summary>Step 5: full notes in the engagement log and the summary e-mail to the case manager (tracked for R-052).</summary>
    public Task<WorkResult<FlowView>> FinishAsync(Guid id, FinishInput input, CancellationToken ct) =>
        StepAsync(id, async flow =>
        {
            var now = clock.GetUtcNow();
            var client = await db.Clients.AsNoTracking().Where(c => c.Id == flow.ClientId).Select(c => new { c.FirstName, c.LastName, c.ClientNumber }).SingleAsync(ct);
            var noteId = Guid.CreateVersion7();
            var messageId = Guid.CreateVersion7();
            var summary = flow.Finish(staff.Id, input.OtherDetails, now, noteId, messageId);
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
            return ((Guid?)null, (HighHardshipOutcome?)null);
        }, ct);

    private async Task<WorkResult<FlowView>> StepAsync(Guid id, Func<CaseManagedCallFlow, Task<(Guid? HandBackTask, HighHardshipOutcome? High)>> step, CancellationToken ct)
    {
        var flow = await db.CaseManagedCallFlows.SingleOrDefaultAsync(f => f.Id == id, ct);
        if (flow is null)
        {
            return new WorkResult<FlowView>.NotFound($"There is no case-managed call flow {id}.");
        }

        if (flow.StaffId != staff.Id)
        {
            return new WorkResult<FlowView>.Refused(Core.Access.AccessDecision.Refuse("flow-not-yours", "This call is another person's."));
        }

        var call = await db.ClientCalls.AsNoTracking().SingleAsync(c => c.Id == flow.CallId, ct);
        if (!call.MayReleaseClientInformation && flow.Step != FlowStep.NotesAndEmail)
        {
            return new WorkResult<FlowView>.Broken(new DomainError("R-078", "The call has ended or its caller is not verified; nothing more is discussed on it."));
        }

        (Guid? HandBackTask, HighHardshipOutcome? High) result;
        try
        {
            result = await step(flow);
        }
        catch (DomainException ex)
        {
            return ex.Error.Rule is "flow-step" or "flow-not-yours" ? new WorkResult<FlowView>.Conflict(ex.Error) : WorkResult<FlowView>.From(ex.Error);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new WorkResult<FlowView>.Conflict(new DomainError("concurrency", "The flow changed meanwhile; reload it."));
        }

        return await ViewAsync(flow, result.HandBackTask, result.High, ct);
    }

    private async Task<Guid?> HandBackAsync(CaseManagedCallFlow flow, HandBackReason reason, string? note, CancellationToken ct)
    {
        var home = await db.Clients.AsNoTracking().Where(c => c.Id == flow.ClientId).Select(c => c.HomeSiteId).SingleAsync(ct);
        var queue = await db.WorkQueues.FirstOrDefaultAsync(q => q.SiteId == home && q.Kind == WorkQueueKind.ServiceCentreReferral && q.IsActive, ct);
        if (queue is null)
        {
            return null;
        }

        var need = $"Handed back by the contact centre ({reason.DisplayName()}): {flow.ReasonForCall}" + (string.IsNullOrWhiteSpace(note) ? string.Empty : $" {note.Trim()}");
        var task = new WorkQueueTask(WorkQueueTaskId.New(), queue, flow.ClientId, need.Length > WorkQueueTask.MaxNeedLength ? need[..WorkQueueTask.MaxNeedLength] : need,
            TaskOrigin.HandBackToRegion, staff.Id, clock.GetUtcNow(), null);
        db.WorkQueueTasks.Add(task);
        return task.Id.Value;
    }

    private async Task<WorkResult<FlowView>> ViewAsync(CaseManagedCallFlow flow, Guid? handBackTask, HighHardshipOutcome? high, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(DateDisplay.ToAuckland(now).DateTime);
        var client = await db.Clients.AsNoTracking().SingleAsync(c => c.Id == flow.ClientId, ct);
        var caseManager = await db.Staff.AsNoTracking().Where(s => s.Id == flow.CaseManagerId).Select(s => s.FirstName + " " + s.LastName).SingleAsync(ct);
        var cautions = await db.SpecialCautions.AsNoTracking().Where(c => c.ClientId == flow.ClientId && c.EndedAt == null).Select(c => c.Text).ToListAsync(ct);
        var mustView = (await db.MustViewNotes.AsNoTracking().Where(n => n.ClientId == flow.ClientId).ToListAsync(ct)).Where(n => n.IsActiveOn(today)).Select(n => n.Text).ToList();
        var tags = await db.ProgrammeTags.AsNoTracking().Where(t => t.ClientId == flow.ClientId && t.RemovedAt == null).Select(t => t.Code).ToListAsync(ct);

        // 002 step 1: other forms of case management, low trust, or a request from the case manager hand the client back.
        var suggestions = new List<HandBackReason>();
        if (tags.Any(t => OtherCaseManagement.Contains(t)) && !tags.Any(t => ThisProcess.Contains(t)))
        {
            suggestions.Add(HandBackReason.OtherCaseManagement);
        }

        if (tags.Contains(ProgrammeTagCode.LowTrust) || client.Flags.HasFlag(ClientFlags.LowTrust))
        {
            suggestions.Add(HandBackReason.LowTrust);
        }

        if (cautions.Count > 0 || mustView.Count > 0)
        {
            suggestions.Add(HandBackReason.SpecialCaution);
        }

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
