using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Appointments;
using Tautoko.Core.Messaging;
using Tautoko.Data;
using Tautoko.Web.Features.Appointments.Common;
using Tautoko.Web.Features.Appointments.Messages;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Appointments.Letters;

/// <summary>The appointment letter the outbox posts, drawn when it is delivered .</summary>
public sealed class OutboxAppointmentLetters(TautokoDbContext db, LetterRenderer letters) : IOutboxLetters
{
    public async Task<MessageAttachment> RenderAsync(OutboxMessage message, Appointment appointment, DateTimeOffset now, CancellationToken ct)
    {
        var client = await db.Clients.AsNoTracking().SingleAsync(c => c.Id == message.ClientId, ct);
        var parties = await Parties.OfAsync(db, appointment.StaffId, ct);
        var kind = message.Letter ?? LetterKind.InviteToProactiveAppointment;
        var content = letters.Compose(appointment, MessageRecipient.Of(client), parties, kind, NzLocalTime.DateOf(now), await letters.IsTheirCaseManagerAsync(appointment, ct));
        return new MessageAttachment(LetterRenderer.FileName(kind, client.ClientNumber, NzLocalTime.DateOf(appointment.StartsAt)), "application/pdf", LetterRenderer.Render(content, now));
    }
}

/// <summary>The calendar file attached to a booking confirmation or cancellation e-mail.</summary>
public sealed class OutboxAppointmentCalendarFiles(TautokoDbContext db, IcsRenderer calendars) : IOutboxCalendarFiles
{
    public async Task<MessageAttachment> RenderAsync(OutboxMessage message, Appointment appointment, CancellationToken ct)
    {
        var parties = await Parties.OfAsync(db, appointment.StaffId, ct);
        return new MessageAttachment("appointment.ics", "text/calendar", System.Text.Encoding.UTF8.GetBytes(calendars.Render(appointment, parties)));
    }
}
