using Tautoko.Core.Appointments;
using Tautoko.Core.Messaging;

namespace Tautoko.Web.Platform;

/// <summary>The printable letter (PDF) an outbox letter about an appointment carries; the feature that writes letters provides it.</summary>
public interface IOutboxLetters
{
    Task<MessageAttachment> RenderAsync(OutboxMessage message, Appointment appointment, DateTimeOffset now, CancellationToken ct);
}

/// <summary>The calendar file a confirmation or cancellation e-mail about an appointment carries; the feature that books appointments provides it.</summary>
public interface IOutboxCalendarFiles
{
    Task<MessageAttachment> RenderAsync(OutboxMessage message, Appointment appointment, CancellationToken ct);
}
