using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Tautoko.Core.Appointments;
using Tautoko.Web.Features.Appointments.Common;
using Tautoko.Web.Features.Appointments.Messages;

namespace Tautoko.Web.Features.Appointments.Letters;

/// <summary>An iCalendar file (RFC 5545, Ical.Net) for one appointment, to attach or download.</summary>
public sealed class IcsRenderer(AppointmentOptions options)
{
    public string Render(Appointment appointment, AppointmentParties parties)
    {
        var calendar = new Ical.Net.Calendar { ProductId = $"-//{options.AgencyName}//Tautoko appointments//EN", Method = "PUBLISH" };
        var location = appointment.Channel == AppointmentChannel.Phone
            ? "Phone call"
            : $"{parties.SiteName}{(parties.SiteAddress is { } a ? ", " + a : string.Empty)}";
        var cancelled = appointment.Status.IsCancellation();
        calendar.Events.Add(new CalendarEvent
        {
            Uid = $"{appointment.Id.Value}@tautoko",
            Summary = $"Appointment with {parties.CaseManagerName} ({options.AgencyName})",
            Description = $"{appointment.Type.DisplayName()} ({appointment.Channel.DisplayName().ToLowerInvariant()}). Your case manager: {parties.CaseManagerName}" +
                          (parties.CaseManagerPhone is { } p ? $", phone {p}" : string.Empty) + $", e-mail {parties.CaseManagerEmail}. To change it call {options.AgencyPhone}.",
            Location = location,
            Start = new CalDateTime(appointment.StartsAt.UtcDateTime),
            End = new CalDateTime(appointment.EndsAt.UtcDateTime),
            DtStamp = new CalDateTime(appointment.BookedAt.UtcDateTime),
            Status = cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
            Sequence = appointment.Version,
        });
        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }
}
