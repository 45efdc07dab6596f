using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Appointments;
using Tautoko.Core.Audit;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.ContactCentre;
using Tautoko.Core.Messaging;
using Tautoko.Data;
using Tautoko.Web.Features.Appointments.Common;
using Tautoko.Web.Features.Appointments.Messages;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Appointments.FirstContacts;

/// <param name="Step">phone, letter or text — in that order .</param>
/// <param name="Reached">Phone: whether the client answered.</param>
/// <param name="AppointmentId">Letter: the booked appointment it invites the client to; defaults to their next booked appointment.</param>
/// <param name="CallAt">Text: when the case manager will call the client.</param>
/// <param name="Note">Anything else worth writing in the engagement log.</param>
public sealed record FirstContactInput([Required] FirstContactStep? Step, bool? Reached, Guid? AppointmentId, DateTimeOffset? CallAt, string? Note);

public sealed record FirstContactDone(FirstContactStep Step, string StepName, DateTimeOffset At, string Text);

/// <summary>A client's first contact: their case manager's details to give, the steps logged so far and the next one .</summary>
public sealed record FirstContactView(Guid ClientId, CaseManagerContact? CaseManager, IReadOnlyList<FirstContactDone> Done, FirstContactStep? Next, string? NextName);

/// <summary>
/// the case manager's first contact with a newly assigned client — phone, then the letter inviting them
/// to a proactive appointment, then a text saying we tried and will call at a set time — each in the
/// engagement log; R-054: every step gives the case manager's name, phone and e-mail.
/// </summary>
public sealed class FirstContactHandler(
    TautokoDbContext db,
    ClientAccess access,
    ICaseManagerLookup caseManagers,
    AppointmentMessages messages,
    AppointmentOptions options,
    CurrentStaff me,
    AuditLog audit,
    TimeProvider clock)
{
    public async Task<Outcome<FirstContactView>> GetAsync(ClientId clientId, CancellationToken ct)
    {
        var check = await access.CheckAsync(clientId, ClientOperation.Read, ct);
        if (check.Refusal(clientId) is { } refusal)
        {
            return refusal;
        }

        var view = await ViewAsync(clientId, await ContactAsync(clientId, ct), ct);
        await audit.RecordAsync(AuditAction.Read, "Client", clientId.ToString(), clientId, "First contact", check.ViaBreakGlass, ct);
        return view;
    }

    public async Task<Outcome<FirstContactView>> RecordAsync(ClientId clientId, FirstContactInput input, CancellationToken ct)
    {
        if (input.Step is not { } step || !Enum.IsDefined(step))
        {
            return Failure.Invalid("step", "Choose the step: phone, letter or text.");
        }

        if (input.Note is { Length: > EngagementNote.MaxTextLength / 2 })
        {
            return Failure.Invalid("note", $"Keep the note under {EngagementNote.MaxTextLength / 2} characters.");
        }

        var now = clock.GetUtcNow();
        if (step == FirstContactStep.Text && (input.CallAt is not { } callAt || callAt <= now || callAt > now.AddDays(60)))
        {
            return Failure.Invalid("callAt", "Say when you will call the client (a time in the next 60 days).");
        }

        var check = await access.CheckAsync(clientId, ClientOperation.ManageAppointments, ct);
        if (check.Refusal(clientId) is { } refusal)
        {
            return refusal;
        }

        var caseManager = await ContactAsync(clientId, ct);
        if (caseManager is null)
        {
            return Failure.Broken(new DomainError(FirstContact.Rule, "The client has no case manager yet: first contact is made by the case manager they are placed with."));
        }

        var done = await DoneAsync(clientId, ct);
        if (FirstContact.WhyNot(step, [.. done.Select(d => d.Step)]) is { } outOfOrder)
        {
            return Failure.Broken(outOfOrder);
        }

        var client = await db.Clients.AsNoTracking().SingleAsync(c => c.Id == clientId, ct);
        var recipient = MessageRecipient.Of(client);
        string text;
        EngagementChannel channel;
        var outcome = EngagementOutcome.Information;
        switch (step)
        {
            case FirstContactStep.Phone:
                channel = EngagementChannel.Phone;
                outcome = input.Reached == true ? EngagementOutcome.Contact : EngagementOutcome.UnsuccessfulAttempt;
                text = FirstContact.PhoneNote(caseManager, input.Reached == true, input.Note);
                break;
            case FirstContactStep.Letter:
                var appointment = await db.Appointments.AsNoTracking()
                    .Where(a => a.ClientId == clientId && a.Status == AppointmentStatus.Booked && a.StartsAt > now && (input.AppointmentId == null || a.Id == new AppointmentId(input.AppointmentId.Value)))
                    .OrderBy(a => a.StartsAt)
                    .FirstOrDefaultAsync(ct);
                if (appointment is null)
                {
                    return Failure.Broken(new DomainError(FirstContact.Rule, "Book the proactive appointment the letter invites the client to first."));
                }

                var queued = await db.OutboxMessages.AnyAsync(m => m.AppointmentId == appointment.Id && m.Purpose == MessagePurpose.AppointmentLetter && m.Letter == LetterKind.InviteToProactiveAppointment, ct);
                if (!queued)
                {
                    try
                    {
                        db.OutboxMessages.Add(messages.Letter(appointment, recipient, LetterKind.InviteToProactiveAppointment, now));
                    }
                    catch (DomainException ex)
                    {
                        return Failure.Broken(ex.Error);
                    }
                }

                channel = EngagementChannel.Letter;
                text = FirstContact.LetterNote(caseManager, appointment.StartsAt, input.Note);
                break;
            default:
                if (client.Phone is not { } phone)
                {
                    return Failure.Broken(new DomainError(FirstContact.Rule, "The client has no phone number to text; record a phone number first."));
                }

                var message = FirstContact.TextMessage(recipient.FirstName, caseManager, options.AgencyName, input.CallAt!.Value);
                db.OutboxMessages.Add(new OutboxMessage(Guid.CreateVersion7(), clientId, null, MessageChannel.Text, MessagePurpose.FirstContactText, null, phone, "First contact", message, now, now));
                channel = EngagementChannel.Text;
                text = FirstContact.TextNote(message, input.Note);
                break;
        }

        db.EngagementNotes.Add(new EngagementNote(Guid.CreateVersion7(), clientId, me.Id, now, now, channel, outcome, text, null));
        audit.Add(AuditAction.Create, "EngagementNote", clientId.ToString(), clientId, $"First contact: {step}", check.ViaBreakGlass);
        await db.SaveChangesAsync(ct);
        return await ViewAsync(clientId, caseManager, ct);
    }

    private async Task<FirstContactView> ViewAsync(ClientId clientId, CaseManagerContact? caseManager, CancellationToken ct)
    {
        var done = await DoneAsync(clientId, ct);
        var next = caseManager is null ? null : FirstContact.Next([.. done.Select(d => d.Step)]);
        return new FirstContactView(clientId.Value, caseManager, done, next, next?.DisplayName());
    }

    private async Task<List<FirstContactDone>> DoneAsync(ClientId clientId, CancellationToken ct)
    {
        var notes = await db.EngagementNotes.AsNoTracking()
            .Where(n => n.ClientId == clientId && n.Text.StartsWith("First contact "))
            .OrderBy(n => n.RecordedAt)
            .Select(n => new { n.RecordedAt, n.Text })
            .ToListAsync(ct);
        return [.. notes.Select(n => (Step: FirstContact.StepOf(n.Text), n.RecordedAt, n.Text))
            .Where(n => n.Step is not null)
            .Select(n => new FirstContactDone(n.Step!.Value, n.Step.Value.DisplayName(), n.RecordedAt, n.Text))];
    }

    /// <summary>R-054: the client's case manager's name, phone and e-mail.</summary>
    private async Task<CaseManagerContact?> ContactAsync(ClientId clientId, CancellationToken ct)
    {
        if (await caseManagers.FindAsync(clientId, ct) is not { } assigned)
        {
            return null;
        }

        var phone = await db.Staff.AsNoTracking().Where(s => s.Id == assigned.CaseManagerId).Select(s => s.Phone).SingleOrDefaultAsync(ct);
        return new CaseManagerContact(assigned.Name, phone, assigned.Email);
    }
}
