using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Appointments;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.Messaging;
using Tautoko.Data;
using Tautoko.Data.Operations;

namespace Tautoko.Web.Platform;

/// <summary>
/// One pass of outbox delivery. Each due message is claimed with a conditional update — the WHERE clause
/// re-checks that it is still waiting (or that another node's lease has run out) — so of several nodes
/// exactly one gets it. The claim carries a fresh token; only the holder of the token can mark the message
/// sent, and it does so in the same transaction as the engagement-log entry, whose id is the message's id,
/// so a message is logged once however often it is delivered. E-mails to staff (the contact centre's summary
/// to a case manager) go the same way, with the same sender and retries, and are not logged.
/// </summary>
public sealed class OutboxDelivery(
    TautokoDbContext db,
    IMessageSender sender,
    IOutboxLetters letters,
    IOutboxCalendarFiles calendars,
    OutboxOptions options,
    TimeProvider clock,
    ILogger<OutboxDelivery> logger)
{
    public async Task<int> RunOnceAsync(int max, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        // Texts and e-mails to clients wait for the sending window (Pacific/Auckland time, set by national office); letters
        // go by post and staff e-mails are internal, so they are never held.
        var windowOpen = (await SendingWindowHandler.CurrentAsync(db, options, ct)).IsOpen(now);
        var due = await db.OutboxMessages.AsNoTracking()
            .Where(m => (m.Status == OutboxStatus.Pending && m.NotBefore <= now) || (m.Status == OutboxStatus.Sending && m.ClaimedUntil < now))
            .Where(m => windowOpen || m.Channel == MessageChannel.Letter || m.RecipientKind == RecipientKind.StaffMember)
            .OrderBy(m => m.NotBefore)
            .Select(m => m.Id)
            .Take(max)
            .ToListAsync(ct);
        var delivered = 0;
        foreach (var id in due)
        {
            if (await TryClaimAsync(id, ct) is { } token && await DeliverAsync(id, token, ct))
            {
                delivered++;
            }
        }

        return delivered;
    }

    private async Task<Guid?> TryClaimAsync(Guid id, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var token = Guid.NewGuid();
        var until = now + options.ClaimLease;
        var claimed = await db.OutboxMessages
            .Where(m => m.Id == id && ((m.Status == OutboxStatus.Pending && m.NotBefore <= now) || (m.Status == OutboxStatus.Sending && m.ClaimedUntil < now)))
            .ExecuteUpdateAsync(
                m => m.SetProperty(x => x.Status, OutboxStatus.Sending)
                    .SetProperty(x => x.ClaimToken, token)
                    .SetProperty(x => x.ClaimedUntil, until)
                    .SetProperty(x => x.Attempts, x => x.Attempts + 1),
                ct);
        return claimed == 1 ? token : null;
    }

    private async Task<bool> DeliverAsync(Guid id, Guid token, CancellationToken ct)
    {
        var message = await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id, ct);
        var appointment = message.AppointmentId is { } appointmentId ? await db.Appointments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == appointmentId, ct) : null;
        if (message.Purpose == MessagePurpose.Reminder && appointment is not { Status: AppointmentStatus.Booked })
        {
            // The appointment was cancelled or resulted after the reminder was written: nothing to remind of.
            await FinishAsync(id, token, OutboxStatus.Cancelled, null, "The appointment is no longer booked.", ct);
            return false;
        }

        string reference;
        try
        {
            reference = await sender.SendAsync(await BuildAsync(message, appointment, ct), ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var giveUp = message.Attempts >= OutboxMessage.MaxAttempts;
            logger.LogWarning("Outbox message {MessageId} attempt {Attempt} failed: {Error}", id, message.Attempts, ex.GetType().Name);
            await FinishAsync(id, token, giveUp ? OutboxStatus.Failed : OutboxStatus.Pending, null, ex.Message, ct, retryAt: clock.GetUtcNow().AddMinutes(Math.Pow(2, message.Attempts)));
            return false;
        }

        await using var transaction = await db.BeginUnitOfWorkAsync(ct);
        // A staff member's e-mail is about the client, not contact with them: its sender logged the contact.
        if (await FinishAsync(id, token, OutboxStatus.Sent, reference, null, ct) && message.RecipientKind == RecipientKind.Client)
        {
            var now = clock.GetUtcNow();
            db.EngagementNotes.Add(new EngagementNote(message.Id, message.ClientId, null, now, now, Channel(message.Channel), EngagementOutcome.Information, LogText(message, appointment), null));
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }

        await transaction.CommitAsync(ct);
        logger.LogInformation("Outbox message {MessageId} delivered by {Channel}", id, message.Channel);
        return true;
    }

    /// <summary>Completes a claim; false when the claim was lost (the lease ran out and another node took the message).</summary>
    private async Task<bool> FinishAsync(Guid id, Guid token, OutboxStatus status, string? reference, string? error, CancellationToken ct, DateTimeOffset? retryAt = null)
    {
        var now = clock.GetUtcNow();
        var trimmed = TextLimits.Clip(error, OutboxMessage.MaxErrorLength);
        // An SMTP server's reply can be long; trimmed to the column, or the update would fail after the message had left.
        reference = TextLimits.Clip(reference, OutboxMessage.MaxDeliveryReferenceLength);
        var rows = await db.OutboxMessages
            .Where(m => m.Id == id && m.ClaimToken == token && m.Status == OutboxStatus.Sending)
            .ExecuteUpdateAsync(
                m => m.SetProperty(x => x.Status, status)
                    .SetProperty(x => x.ClaimToken, (Guid?)null)
                    .SetProperty(x => x.ClaimedUntil, (DateTimeOffset?)null)
                    .SetProperty(x => x.SentAt, x => status == OutboxStatus.Sent ? now : x.SentAt)
                    .SetProperty(x => x.DeliveryReference, x => reference ?? x.DeliveryReference)
                    .SetProperty(x => x.LastError, trimmed)
                    .SetProperty(x => x.NotBefore, x => retryAt ?? x.NotBefore),
                ct);
        return rows == 1;
    }

    private async Task<OutgoingMessage> BuildAsync(OutboxMessage message, Appointment? appointment, CancellationToken ct)
    {
        var attachments = new List<MessageAttachment>();
        if (appointment is not null && message.Channel == MessageChannel.Letter)
        {
            attachments.Add(await letters.RenderAsync(message, appointment, clock.GetUtcNow(), ct));
        }
        else if (appointment is not null && message.Channel == MessageChannel.Email && message.Purpose is MessagePurpose.BookingConfirmation or MessagePurpose.Cancellation)
        {
            attachments.Add(await calendars.RenderAsync(message, appointment, ct));
        }

        return new OutgoingMessage(message.Id, message.Channel, message.Recipient, message.Subject, message.Body, attachments);
    }

    private static EngagementChannel Channel(MessageChannel channel) => channel switch
    {
        MessageChannel.Email => EngagementChannel.Email,
        MessageChannel.Text => EngagementChannel.Text,
        MessageChannel.Letter => EngagementChannel.Letter,
    };

    /// <summary>003: a copy of an e-mail response goes in the engagement log; letters and texts are logged the same way.</summary>
    private static string LogText(OutboxMessage message, Appointment? appointment)
    {
        var what = message.Channel == MessageChannel.Letter && message.Letter is { } letter ? letter.DisplayName() : message.Purpose.DisplayName();
        var about = appointment is null ? string.Empty : $" for the appointment on {AppointmentText.When(appointment.StartsAt)}";
        var text = $"{what} sent by {message.Channel.DisplayName().ToLowerInvariant()}{about}. {message.Subject}: {message.Body}";
        return text.Length > EngagementNote.MaxTextLength ? text[..EngagementNote.MaxTextLength] : text;
    }
}
