using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Appointments;
using Tautoko.Core.Audit;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.Messaging;
using Tautoko.Data;
using Tautoko.Data.Operations;
using Tautoko.Web.Platform;
using Tautoko.Web.Features.Appointments.Common;
using Tautoko.Web.Features.Appointments.Messages;

namespace Tautoko.Web.Features.Appointments.Resulting;

public sealed record CancelInput(AppointmentStatus? By, string? Reason, [Required] int? Version);

/// <param name="Checks">R-064: the checks made at this engagement (eligibility, referralQueue, clientEvents, benefitExpiries, redirectionsAndDebtOffsets).</param>
public sealed record ResultInput([Required] AppointmentStatus? Outcome, string? Note, bool? IdentityVerified, [Required] int? Version, IReadOnlyList<string>? Checks = null);

/// <summary>What happened, and what to do next: the follow-up a did-not-attend calls for (R-048), or the next engagement to arrange (R-031).</summary>
public sealed record ResultedAppointment(AppointmentView Appointment, bool SlotFreed, bool HasFutureEngagement, string? NextStep, IReadOnlyList<string>? ChecksNotDone = null);

/// <summary>Cancels (freeing the slot before its time, R-047) and results (R-048) appointments, logging each in the engagement log.</summary>
public sealed class ResultAppointmentHandler(TautokoDbContext db, CurrentStaff staff, ClientAccess access, AuditLog audit, AppointmentMessages messages, TimeProvider clock)
{
    public async Task<Outcome<ResultedAppointment>> CancelAsync(AppointmentId id, CancelInput input, CancellationToken ct)
    {
        if (input.By is not (AppointmentStatus.CancelledByClient or AppointmentStatus.CancelledByAgency))
        {
            return Failure.Invalid(new Dictionary<string, string[]> { ["by"] = ["Say who cancelled: cancelledByClient or cancelledByAgency."] });
        }

        return await ChangeAsync(id, input.Version, async (appointment, now, parties, client) =>
        {
            var freed = appointment.Cancel(input.By.Value, input.Reason ?? string.Empty, staff.Id, now);
            await db.OutboxMessages
                .Where(m => m.AppointmentId == appointment.Id && m.Status == OutboxStatus.Pending && m.Purpose == MessagePurpose.Reminder)
                .ExecuteUpdateAsync(m => m.SetProperty(x => x.Status, OutboxStatus.Cancelled), ct);
            if (now < appointment.StartsAt && messages.Cancelled(appointment, parties, client, now) is { } notice)
            {
                db.OutboxMessages.Add(notice);
            }

            var text = $"Appointment for {AppointmentText.When(appointment.StartsAt)} with {parties.CaseManagerName} {input.By.Value.DisplayName().ToLowerInvariant()}: {appointment.CancelReason}" +
                       (freed ? " The slot is free to rebook (R-047)." : string.Empty);
            return (freed, text, EngagementChannel.Internal, EngagementOutcome.Information, (string?)null);
        }, ct);
    }

    public async Task<Outcome<ResultedAppointment>> ResultAsync(AppointmentId id, ResultInput input, CancellationToken ct)
    {
        if (input.Outcome is not { } outcome || outcome == AppointmentStatus.Booked || !Enum.IsDefined(outcome))
        {
            return Failure.Invalid(new Dictionary<string, string[]> { ["outcome"] = ["Choose a result: attended, didNotAttend, cancelledByClient or cancelledByAgency."] });
        }

        if (input.Checks is { } given && EngagementChecks.Unknown(given) is { Count: > 0 } unknown)
        {
            return Failure.Invalid("checks", $"Unknown checks: {string.Join(", ", unknown)}. Use {string.Join(", ", EngagementChecks.Items(false).Select(i => i.Key))}.");
        }

        IReadOnlyList<string>? notChecked = null;
        var resulted = await ChangeAsync(id, input.Version, async (appointment, now, parties, client) =>
        {
            appointment.Result(outcome, staff.Id, now, input.Note, input.IdentityVerified);

            // R-064: the checks at each engagement, the partner's circumstances among them when there is a partner.
            var checks = string.Empty;
            if (outcome == AppointmentStatus.Attended)
            {
                var hasPartner = await db.Clients.Where(c => c.Id == appointment.ClientId).Select(c => c.Household.Any(h => h.Relationship == HouseholdRelationship.Partner)).SingleAsync(ct);
                notChecked = EngagementChecks.Missing(input.Checks ?? [], hasPartner);
                checks = " " + EngagementChecks.Summary(input.Checks ?? [], hasPartner);
            }

            var when = AppointmentText.When(appointment.StartsAt);
            var note = input.Note is { Length: > 0 } n ? $" {n.Trim()}" : string.Empty;
            (string Text, EngagementChannel Channel, EngagementOutcome Outcome, string? Next) entry = outcome switch
            {
                AppointmentStatus.Attended => (
                    $"Attended {appointment.Type.DisplayName().ToLowerInvariant()} ({appointment.Channel.DisplayName().ToLowerInvariant()}) on {when} with {parties.CaseManagerName}." +
                    (input.IdentityVerified == true ? " Identity verified and evidence saved (R-034)." : string.Empty) + note + checks,
                    appointment.Channel == AppointmentChannel.Phone ? EngagementChannel.Phone : EngagementChannel.FaceToFace,
                    EngagementOutcome.Contact,
                    // R-031: a future engagement is arranged at each appointment attended.
                    "Arrange the client's next engagement now (R-031)."),
                AppointmentStatus.DidNotAttend => (
                    $"Did not attend the appointment on {when} with {parties.CaseManagerName}; contact the client to arrange another time (R-048).{note}",
                    EngagementChannel.Internal,
                    EngagementOutcome.UnsuccessfulAttempt,
                    "Contact the client to arrange another time (R-048)."),
                AppointmentStatus.CancelledByClient or AppointmentStatus.CancelledByAgency => (
                    $"Appointment on {when} {outcome.DisplayName().ToLowerInvariant()}:{note}",
                    EngagementChannel.Internal,
                    EngagementOutcome.Information,
                    "Book another appointment if one is still needed."),
                AppointmentStatus.Booked => throw new InvalidOperationException("Booked is not a result."),
            };
            if (outcome == AppointmentStatus.DidNotAttend && messages.Missed(appointment, parties, client, now) is { } followUp)
            {
                db.OutboxMessages.Add(followUp);
            }

            return (false, entry.Text, entry.Channel, entry.Outcome, entry.Next);
        }, ct, recordFirstSeen: outcome == AppointmentStatus.Attended);
        return resulted.Map(r => r with { ChecksNotDone = notChecked });
    }

    /// <summary>R-033, recorded when it happens: the new client's first appointment on the channel their service needs, and whether it was within 10 working days.</summary>
    private async Task RecordFirstSeenAsync(Appointment appointment, DateTimeOffset now, CancellationToken ct)
    {
        if (await CaseloadPlaces.OfClientAsync(db, appointment.ClientId, ct) is not { } place || appointment.StartsAt < place.AssignedAt.AddDays(-1))
        {
            return;
        }

        var channel = EngagementStandards.FirstAppointmentChannel(place.Service);
        var seenBefore = await db.Appointments.AnyAsync(
            a => a.ClientId == appointment.ClientId && a.Id != appointment.Id && a.Status == AppointmentStatus.Attended && a.Channel == channel && a.StartsAt >= place.AssignedAt.AddDays(-1), ct);
        if (seenBefore)
        {
            return;
        }

        var handOver = place.AssignedAt.AddDays(1);
        var transfer = await db.ProgrammeTags.AnyAsync(t => t.ClientId == appointment.ClientId && t.RemovedAt != null && t.RemovedAt <= handOver && CaseloadPlaces.Services.Contains(t.Code), ct);
        var district = await db.Sites.Where(s => s.Id == appointment.SiteId).Select(s => s.District).SingleAsync(ct);
        if (EngagementStandards.FirstSeen(place.Service, transfer, NzLocalTime.DateOf(place.AssignedAt), NzLocalTime.DateOf(appointment.StartsAt), appointment.Channel, district) is { } first)
        {
            db.EngagementNotes.Add(new EngagementNote(Guid.CreateVersion7(), appointment.ClientId, null, now, appointment.StartsAt, EngagementChannel.Internal, EngagementOutcome.Information, first.Text(appointment.Channel), null));
        }
    }

    private async Task<Outcome<ResultedAppointment>> ChangeAsync(
        AppointmentId id,
        int? version,
        Func<Appointment, DateTimeOffset, AppointmentParties, MessageRecipient, Task<(bool Freed, string Note, EngagementChannel Channel, EngagementOutcome Outcome, string? Next)>> change,
        CancellationToken ct,
        bool recordFirstSeen = false)
    {
        var appointment = await db.Appointments.SingleOrDefaultAsync(a => a.Id == id, ct);
        if (appointment is null)
        {
            return Failure.NotFound($"There is no appointment {id}.");
        }

        var check = await access.CheckAsync(appointment.ClientId, ClientOperation.ManageAppointments, ct);
        if (!check.Allowed)
        {
            return Failure.Refused(check.Decision, appointment.ClientId.Value);
        }

        // The version read is required: without it a change could overwrite one made meanwhile.
        if (version is not { } expected)
        {
            return Failure.Invalid("version", $"Give the version of the appointment you read (now {appointment.Version}), so a change made meanwhile is not overwritten.");
        }

        if (expected != appointment.Version)
        {
            return AppointmentConflict.Of(new DomainError("concurrency", $"The appointment changed meanwhile (now version {appointment.Version}); reload it and try again."));
        }

        var now = clock.GetUtcNow();
        var parties = await Parties.OfAsync(db, appointment.StaffId, ct);
        var client = MessageRecipient.Of(await db.Clients.AsNoTracking().SingleAsync(c => c.Id == appointment.ClientId, ct));
        // One transaction: the reminders cancelled by a set-based update commit or roll back with the appointment.
        await using var transaction = await db.BeginUnitOfWorkAsync(ct);
        (bool Freed, string Note, EngagementChannel Channel, EngagementOutcome Outcome, string? Next) done;
        try
        {
            done = await change(appointment, now, parties, client);
        }
        catch (DomainException ex)
        {
            return Failure.Broken(ex.Error);
        }

        var occurred = appointment.Status is AppointmentStatus.Attended or AppointmentStatus.DidNotAttend && appointment.StartsAt < now ? appointment.StartsAt : now;
        db.EngagementNotes.Add(new EngagementNote(Guid.CreateVersion7(), appointment.ClientId, staff.Id, now, occurred, done.Channel, done.Outcome, done.Note, null));
        if (recordFirstSeen)
        {
            await RecordFirstSeenAsync(appointment, now, ct);
        }

        audit.Add(AuditAction.Update, "Appointment", appointment.Id.ToString(), appointment.ClientId, appointment.Status.DisplayName(), check.ViaBreakGlass);
        try
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return AppointmentConflict.Of(new DomainError("concurrency", "Someone else changed this appointment meanwhile; reload it and try again."));
        }

        var future = await db.Appointments.AnyAsync(a => a.ClientId == appointment.ClientId && a.Status == AppointmentStatus.Booked && a.StartsAt > now, ct);
        var next = appointment.Status == AppointmentStatus.Attended && future ? null : done.Next;
        var view = (await AppointmentViews.OneAsync(db, appointment.Id, ct))!;
        return Outcome<ResultedAppointment>.Done(new ResultedAppointment(view, done.Freed, future, next));
    }
}
