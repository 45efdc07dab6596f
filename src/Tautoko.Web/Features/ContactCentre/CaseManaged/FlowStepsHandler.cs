using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Common;
using Tautoko.Core.ContactCentre;
using Tautoko.Core.WorkQueues;
using Tautoko.Data;
using Tautoko.Web.Features.ContactCentre.Common;
using Tautoko.Web.Features.ContactCentre.Hardship;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.ContactCentre.CaseManaged;

/// <summary>
/// The five steps of R-079 (002) on a started flow, each recorded by <see cref="CaseManagedCallFlow"/>, which decides
/// the order and the guards on grants; the call must still be verified until the notes are written.
/// </summary>
public sealed class FlowStepsHandler(
    TautokoDbContext db,
    HardshipRequestsHandler hardship,
    HighHardshipReferrals referrals,
    IAppointmentBooking bookings,
    FlowViews views,
    FlowSummaryEmail summaryEmail,
    CurrentStaff staff,
    TimeProvider clock)
{
    private static readonly Task<(Guid? HandBackTask, HighHardshipOutcome? High)> Nothing = Task.FromResult<(Guid?, HighHardshipOutcome?)>((null, null));

    /// <summary>Step 1; a hand-back puts a task in the home site's Service Centre Referral queue.</summary>
    public Task<Outcome<FlowView>> CautionsAsync(Guid id, CautionsInput input, CancellationToken ct) =>
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

    public Task<Outcome<FlowView>> WhyNotAsync(Guid id, WhyNotInput input, CancellationToken ct) =>
        input.GoodReason is not { } good
            ? Task.FromResult<Outcome<FlowView>>(Failure.Invalid("goodReason", "Say whether there was a good reason the client could not get help from their case manager."))
            : StepAsync(id, flow =>
            {
                flow.RecordWhyNotCaseManager(staff.Id, good, input.Reason ?? string.Empty);
                return Nothing;
            }, ct);

    /// <summary>Step 3, with R-079's guards on grants and, for a hardship request, the high-hardship count .</summary>
    public async Task<Outcome<FlowView>> NeedAsync(Guid id, NeedInput input, CancellationToken ct)
    {
        if (input.Hardship is { } h && HardshipRequestsHandler.Validate(h) is { Count: > 0 } problems)
        {
            return Failure.Invalid(problems);
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
    public async Task<Outcome<FlowView>> AppointmentAsync(Guid id, AppointmentInput input, CancellationToken ct)
    {
        var flow = await db.CaseManagedCallFlows.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, ct);
        if (flow is null)
        {
            return CallFailure.NoFlow(id);
        }

        // R-079 step 4: the seed's four situations that call for booking the next appointment.
        var now = clock.GetUtcNow();
        var hasMet = await db.Appointments.AnyAsync(a => a.ClientId == flow.ClientId && a.StaffId == flow.CaseManagerId && a.Status == Core.Appointments.AppointmentStatus.Attended, ct);
        var hasNext = await db.Appointments.AnyAsync(a => a.ClientId == flow.ClientId && a.Status == Core.Appointments.AppointmentStatus.Booked && a.StartsAt > now, ct);
        var situations = NextAppointmentSituations.Of(hasMet, input.HasContactDetails ?? true, hasNext, input.OtherNeedsUnmet ?? false);
        var book = input.Book || (NextAppointmentSituations.CallForBooking(situations) && (input.HasContactDetails is not null || input.OtherNeedsUnmet is not null));
        if (!book && string.IsNullOrWhiteSpace(input.Summary))
        {
            return Failure.Invalid("summary", "Say which appointment was confirmed, or why none could be booked.");
        }

        string? booked = null;
        if (book)
        {
            if (flow.StaffId != staff.Id)
            {
                return CallFailure.FlowNotYours;
            }

            if (flow.Step != FlowStep.NextAppointment)
            {
                return Failure.Conflict(new DomainError(CaseManagedCallFlow.StepRule, $"The call is at step {(int)flow.Step} ({flow.Step.DisplayName()}), not the next appointment."));
            }

            try
            {
                // A client who has never met their case manager is booked with that case manager directly, or not at all.
                var result = await bookings.BookNextAsync(flow.ClientId, flow.CaseManagerId, flow.ReasonForCall, ct, NextAppointmentSituations.WithCaseManagerOnly(situations));
                booked = $"{result.Summary} {NextAppointmentSituations.Describe(situations)}";
            }
            catch (DomainException ex)
            {
                return CallFailure.From(ex.Error);
            }
        }

        return await StepAsync(id, flow =>
        {
            var summary = booked is null ? input.Summary! : string.IsNullOrWhiteSpace(input.Summary) ? booked : $"{booked} {input.Summary.Trim()}";
            flow.RecordAppointment(staff.Id, summary);
            return Nothing;
        }, ct);
    }

    /// <summary>Step 5: full notes in the engagement log and the summary e-mail to the case manager (tracked for R-052).</summary>
    public Task<Outcome<FlowView>> FinishAsync(Guid id, FinishInput input, CancellationToken ct) =>
        StepAsync(id, async flow =>
        {
            await summaryEmail.AddAsync(flow, input.OtherDetails, ct);
            return ((Guid?)null, (HighHardshipOutcome?)null);
        }, ct);

    private async Task<Outcome<FlowView>> StepAsync(Guid id, Func<CaseManagedCallFlow, Task<(Guid? HandBackTask, HighHardshipOutcome? High)>> step, CancellationToken ct)
    {
        var flow = await db.CaseManagedCallFlows.SingleOrDefaultAsync(f => f.Id == id, ct);
        if (flow is null)
        {
            return CallFailure.NoFlow(id);
        }

        if (flow.StaffId != staff.Id)
        {
            return CallFailure.FlowNotYours;
        }

        var call = await db.ClientCalls.AsNoTracking().SingleAsync(c => c.Id == flow.CallId, ct);
        if (flow.MayContinueOn(call) is { } ended)
        {
            return Failure.Broken(ended);
        }

        (Guid? HandBackTask, HighHardshipOutcome? High) result;
        try
        {
            result = await step(flow);
        }
        catch (DomainException ex)
        {
            return CallFailure.From(ex.Error);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Conflict(new DomainError("concurrency", "The flow changed meanwhile; reload it."));
        }

        return await views.ViewAsync(flow, result.HandBackTask, result.High, ct);
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
}
