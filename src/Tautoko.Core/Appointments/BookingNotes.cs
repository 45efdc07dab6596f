using System.Globalization;

namespace Tautoko.Core.Appointments;

/// <summary>What the engagement log and the client's site queue task say about a booking (003: every arrangement is logged).</summary>
public static class BookingNotes
{
    /// <summary>The engagement-log entry for a booked appointment: what, how, when, with whom, the cover and the did-not-attend risk.</summary>
    public static string Booked(Appointment appointment, string caseManagerName, string siteName, DnaRisk risk)
    {
        ArgumentNullException.ThrowIfNull(appointment);
        ArgumentNullException.ThrowIfNull(risk);
        return string.Create(CultureInfo.InvariantCulture,
            $"Appointment booked: {appointment.Type.DisplayName()}, {appointment.Channel.DisplayName().ToLowerInvariant()}, {AppointmentText.When(appointment.StartsAt)} ({appointment.Minutes} min) with {caseManagerName} at {siteName}{Cover(appointment.Cover)}. Did-not-attend risk {AppointmentText.Percent(risk.Probability)} ({risk.Band.DisplayName().ToLowerInvariant()}).");
    }

    /// <summary>R-083: the outcome recorded on the site face-to-face queue task a booking completes.</summary>
    public static string SiteQueueCleared(Appointment appointment, string caseManagerName, string siteName)
    {
        ArgumentNullException.ThrowIfNull(appointment);
        return string.Create(CultureInfo.InvariantCulture, $"{appointment.Type.DisplayName()} booked for {AppointmentText.When(appointment.StartsAt)} with {caseManagerName} at {siteName}.");
    }

    private static string Cover(BookingCover cover) => cover switch
    {
        BookingCover.OwnCaseManager => string.Empty,
        BookingCover.Buddy => " as buddy cover for the client's case manager (R-050)",
        BookingCover.OtherCaseManager => " (not the client's case manager)",
    };
}
