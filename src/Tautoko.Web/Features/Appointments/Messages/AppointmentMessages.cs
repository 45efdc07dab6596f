using Tautoko.Core.Appointments;
using Tautoko.Core.Calendar;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.Messaging;
using Tautoko.Web.Features.Appointments.Common;

namespace Tautoko.Web.Features.Appointments.Messages;

/// <summary>The client as messages need them.</summary>
public sealed record MessageRecipient(ClientId Id, string FirstName, string FullName, string ClientNumber, string? Phone, string? Email, PostalAddress? Address, ContactChannel Preferred)
{
    public static MessageRecipient Of(Client client) =>
        new(client.Id, client.PreferredName ?? client.FirstName, $"{client.FirstName} {client.LastName}", client.FormattedClientNumber, client.Phone, client.Email, client.Address, client.PreferredChannel);
}

/// <summary>Who the client will see and where, as letters and messages tell them (R-054: name, phone and e-mail).</summary>
public sealed record AppointmentParties(string CaseManagerName, string CaseManagerFirstName, string? CaseManagerPhone, string CaseManagerEmail, string SiteName, string? SiteAddress, string? SitePhone, string? BuddyName, string? BuddyPhone);

/// <summary>
/// Writes the outbox messages an appointment change calls for, in the same unit of work as the change:
/// a confirmation, the appointment letter when asked for, reminders by DNA risk (<see cref="ReminderPolicy"/>),
/// a cancellation notice, and a did-not-attend follow-up asking the client to rebook.
/// </summary>
public sealed class AppointmentMessages(AppointmentOptions options)
{
    public IReadOnlyList<OutboxMessage> Booked(Appointment appointment, AppointmentParties parties, MessageRecipient client, DnaRiskBand band, LetterKind? letter, AnniversaryDistrict district, DateTimeOffset now)
    {
        var messages = new List<OutboxMessage>();
        var when = AppointmentText.When(appointment.StartsAt);
        var where = Where(appointment, parties);
        if (client.Email is { } email)
        {
            var body = $"""
                Kia ora {client.FirstName},

                Your appointment is booked.

                When: {when} ({appointment.Minutes} minutes)
                {where}
                With: {parties.CaseManagerName}, {appointment.Type.DisplayName()}

                {ContactBlock(parties)}

                A calendar file is attached. If the time does not suit, please let us know and we will find another.

                Ngā mihi,
                {options.AgencyName}
                """;
            messages.Add(New(appointment, client, MessageChannel.Email, MessagePurpose.BookingConfirmation, null, email, $"Your appointment on {AppointmentText.Short(appointment.StartsAt)}", body, now, now));
        }
        else if (client.Phone is { } phone)
        {
            messages.Add(New(appointment, client, MessageChannel.Text, MessagePurpose.BookingConfirmation, null, phone, "Appointment booked",
                $"Kia ora {client.FirstName}, your appointment with {parties.CaseManagerFirstName} ({options.AgencyName}) is booked for {AppointmentText.Short(appointment.StartsAt)}, {ShortWhere(appointment, parties)}. To change it call {options.AgencyPhone}.", now, now));
        }

        if (letter is { } kind && client.Address is { } address)
        {
            messages.Add(New(appointment, client, MessageChannel.Letter, MessagePurpose.AppointmentLetter, kind, $"{client.FullName}\n{address}", kind.DisplayName(), $"{kind.DisplayName()} for {when}.", now, now));
        }

        foreach (var reminder in ReminderPolicy.Plan(band, appointment.StartsAt, now, client.Phone is not null, client.Email is not null, district))
        {
            var text = $"Kia ora {client.FirstName}, a reminder of your appointment with {parties.CaseManagerFirstName} ({options.AgencyName}) on {AppointmentText.Short(appointment.StartsAt)}, {ShortWhere(appointment, parties)}. Can't make it? Call {options.AgencyPhone}.";
            messages.Add(reminder.Channel == ReminderChannel.Text
                ? New(appointment, client, MessageChannel.Text, MessagePurpose.Reminder, null, client.Phone!, $"Reminder ({reminder.When})", text, now, reminder.SendAt)
                : New(appointment, client, MessageChannel.Email, MessagePurpose.Reminder, null, client.Email!, $"Reminder: your appointment on {AppointmentText.Short(appointment.StartsAt)}",
                    $"{text}\n\n{where}\n\n{ContactBlock(parties)}\n\nNgā mihi,\n{options.AgencyName}", now, reminder.SendAt));
        }

        return messages;
    }

    public OutboxMessage? Cancelled(Appointment appointment, AppointmentParties parties, MessageRecipient client, DateTimeOffset now)
    {
        var text = $"Kia ora {client.FirstName}, your appointment with {parties.CaseManagerFirstName} ({options.AgencyName}) on {AppointmentText.Short(appointment.StartsAt)} is cancelled. To book another time call {options.AgencyPhone}.";
        return client.Phone is { } phone ? New(appointment, client, MessageChannel.Text, MessagePurpose.Cancellation, null, phone, "Appointment cancelled", text, now, now)
            : client.Email is { } email ? New(appointment, client, MessageChannel.Email, MessagePurpose.Cancellation, null, email, "Your appointment is cancelled", $"{text}\n\nNgā mihi,\n{options.AgencyName}", now, now)
            : null;
    }

    /// <summary>R-048: clients who do not attend are contacted to arrange another time.</summary>
    public OutboxMessage? Missed(Appointment appointment, AppointmentParties parties, MessageRecipient client, DateTimeOffset now)
    {
        var text = $"Kia ora {client.FirstName}, we missed you at your appointment with {parties.CaseManagerFirstName} ({options.AgencyName}) on {AppointmentText.Short(appointment.StartsAt)}. Please call {parties.CaseManagerPhone ?? options.AgencyPhone} to arrange another time.";
        return client.Phone is { } phone ? New(appointment, client, MessageChannel.Text, MessagePurpose.MissedAppointment, null, phone, "Missed appointment", text, now, now)
            : client.Email is { } email ? New(appointment, client, MessageChannel.Email, MessagePurpose.MissedAppointment, null, email, "We missed you at your appointment", $"{text}\n\nNgā mihi,\n{options.AgencyName}", now, now)
            : null;
    }

    public OutboxMessage Letter(Appointment appointment, MessageRecipient client, LetterKind kind, DateTimeOffset now)
    {
        var address = client.Address ?? throw new DomainException(new DomainError("R-035", "The client has no postal address for a letter."));
        return New(appointment, client, MessageChannel.Letter, MessagePurpose.AppointmentLetter, kind, $"{client.FullName}\n{address}", kind.DisplayName(), $"{kind.DisplayName()} for {AppointmentText.When(appointment.StartsAt)}.", now, now);
    }

    private static string Where(Appointment appointment, AppointmentParties parties) =>
        appointment.Channel == AppointmentChannel.Phone
            ? "How: we will phone you on the number we have for you"
            : $"Where: {parties.SiteName}{(parties.SiteAddress is { } a ? ", " + a : string.Empty)}";

    private static string ShortWhere(Appointment appointment, AppointmentParties parties) =>
        appointment.Channel == AppointmentChannel.Phone ? "by phone" : $"at {parties.SiteName}";

    private string ContactBlock(AppointmentParties parties) =>
        $"Your case manager: {parties.CaseManagerName}" +
        (parties.CaseManagerPhone is { } p ? $", phone {p}" : string.Empty) +
        $", e-mail {parties.CaseManagerEmail}." +
        (parties.BuddyName is { } b ? $" If they are away, {b}{(parties.BuddyPhone is { } bp ? $" ({bp})" : string.Empty)} can help." : string.Empty) +
        $" General enquiries: {options.AgencyPhone}.";

    private static OutboxMessage New(Appointment appointment, MessageRecipient client, MessageChannel channel, MessagePurpose purpose, LetterKind? letter, string recipient, string subject, string body, DateTimeOffset now, DateTimeOffset notBefore) =>
        new(Guid.CreateVersion7(), client.Id, appointment.Id, channel, purpose, letter, recipient, subject, body, now, notBefore);
}
