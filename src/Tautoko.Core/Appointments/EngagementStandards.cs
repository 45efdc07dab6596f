using System.Globalization;
using Tautoko.Core.Calendar;
using Tautoko.Core.Clients;

namespace Tautoko.Core.Appointments;

public enum EngagementBreach
{
    NoFutureEngagement = 0,
    OverdueEngagement = 1,
    NewClientNotSeen = 2,
    IdentityNotVerified = 3,
    NextEngagementNotArranged = 4,
}

/// <summary>What the standards need to know about one client on a caseload.</summary>
/// <param name="Flags">The client's status flags (suspension and obligations failures matter).</param>
/// <param name="Service">The programme tag of the caseload the client is on.</param>
/// <param name="AssignedOn">The day the client was assigned to the caseload.</param>
/// <param name="IsTransfer">The client came from another case management service (a hand-over).</param>
/// <param name="LastEngagement">The last attended appointment or successful contact, if any.</param>
/// <param name="HasFutureEngagement">A booked appointment after now.</param>
/// <param name="FirstSeenOn">The first attended appointment since assignment on the channel the service needs (face-to-face; phone for phone-based).</param>
/// <param name="IdentityVerifiedAtFirst">Whether identity was verified at that first appointment.</param>
/// <param name="AttendedWithoutNextOn">The day of the last attended appointment when nothing was arranged after it (no later appointment booked, kept or missed).</param>
public sealed record CaseloadClient(
    ClientFlags Flags,
    ProgrammeTagCode Service,
    DateOnly AssignedOn,
    bool IsTransfer,
    DateOnly? LastEngagement,
    bool HasFutureEngagement,
    DateOnly? FirstSeenOn,
    bool? IdentityVerifiedAtFirst,
    DateOnly? AttendedWithoutNextOn = null);

/// <summary>R-033 as recorded at the first appointment: counted later for the 90 % measure.</summary>
public sealed record FirstSeenRecord(DateOnly AssignedOn, DateOnly SeenOn, int WorkingDays, bool WithinStandard)
{
    /// <summary>How the engagement log records it; the marker lets the measure be counted from the log.</summary>
    public const string Marker = "New client first seen (R-033):";

    public string Text(AppointmentChannel channel) => string.Create(
        CultureInfo.GetCultureInfo("en-NZ"),
        $"{Marker} {(channel == AppointmentChannel.Phone ? "by phone" : "face-to-face")} on {SeenOn:d MMM yyyy}, {WorkingDays} working days after assignment on {AssignedOn:d MMM yyyy} — {(WithinStandard ? "within" : "outside")} the 10-working-day standard.");
}

public sealed record EngagementFinding(EngagementBreach Breach, string Rule, string Message, DateOnly? DueOn);

/// <summary>
/// The engagement standards for clients on a caseload (001, 002, 003), counted in working days on the
/// calendar of the client's site district (R-005):
/// R-030 a future engagement is booked (not for suspended clients or those with an active obligations
/// failure); R-032 engagement at least every 28 working days; R-033 a new client is first seen within
/// 10 working days of assignment — face-to-face, or by phone for phone-based case management —
/// excluding general case management and transfers; R-034 identity verified at the first appointment.
/// </summary>
public static class EngagementStandards
{
    public const int MaxWorkingDaysBetweenEngagements = 28;
    public const int NewClientWorkingDays = 10;

    private static readonly CultureInfo NewZealand = CultureInfo.GetCultureInfo("en-NZ");

    /// <summary>The channel the first appointment has to be on (R-033).</summary>
    public static AppointmentChannel FirstAppointmentChannel(ProgrammeTagCode service) =>
        service == ProgrammeTagCode.PhoneBasedCaseManagement ? AppointmentChannel.Phone : AppointmentChannel.FaceToFace;

    /// <summary>Whether R-033 applies: not general case management, not a transfer.</summary>
    public static bool NewClientStandardApplies(CaseloadClient client) =>
        client.Service != ProgrammeTagCode.GeneralCaseManagement && !client.IsTransfer;

    public static IReadOnlyList<EngagementFinding> Evaluate(CaseloadClient client, DateOnly today, AnniversaryDistrict district)
    {
        ArgumentNullException.ThrowIfNull(client);
        var findings = new List<EngagementFinding>();

        // R-030: every client on a caseload has a future engagement booked, except suspended clients and active obligations failures.
        var exempt = (client.Flags & (ClientFlags.Suspended | ClientFlags.ObligationsFailureOrSanction)) != 0;
        if (!client.HasFutureEngagement && !exempt)
        {
            findings.Add(new(EngagementBreach.NoFutureEngagement, "R-030", "No future engagement is booked.", null));
        }

        // R-031: a future engagement is arranged at each appointment attended; a "show" without one is flagged.
        if (client.AttendedWithoutNextOn is { } shown && !exempt)
        {
            findings.Add(new(EngagementBreach.NextEngagementNotArranged, "R-031", string.Create(NewZealand, $"Attended on {shown:d MMM yyyy} but no next engagement was arranged at that appointment."), null));
        }

        // R-032: engagement at least every 28 working days (from assignment when there has been none).
        var since = client.LastEngagement is { } last && last >= client.AssignedOn ? last : client.AssignedOn;
        var elapsed = WorkingDays.Between(since, today, district);
        if (elapsed > MaxWorkingDaysBetweenEngagements)
        {
            var due = WorkingDays.Add(since, MaxWorkingDaysBetweenEngagements, district);
            var what = client.LastEngagement is null ? "since assignment with no engagement" : "since the last engagement";
            findings.Add(new(EngagementBreach.OverdueEngagement, "R-032", string.Create(NewZealand, $"{elapsed} working days {what} (due by {due:d MMM yyyy})."), due));
        }

        // R-033: a new client is first seen within 10 working days of assignment (not GCM, not transfers).
        if (NewClientStandardApplies(client) && client.FirstSeenOn is null)
        {
            var due = WorkingDays.Add(client.AssignedOn, NewClientWorkingDays, district);
            if (today > due)
            {
                var how = FirstAppointmentChannel(client.Service) == AppointmentChannel.Phone ? "by phone" : "face-to-face";
                findings.Add(new(EngagementBreach.NewClientNotSeen, "R-033", string.Create(NewZealand, $"New client not yet seen {how}; due within 10 working days of assignment ({due:d MMM yyyy})."), due));
            }
        }

        // R-034: identity verified at the first engagement and the evidence saved.
        if (client.FirstSeenOn is not null && client.IdentityVerifiedAtFirst != true)
        {
            findings.Add(new(EngagementBreach.IdentityNotVerified, "R-034", "Identity was not recorded as verified at the first appointment.", null));
        }

        return findings;
    }

    /// <summary>
    /// R-033, recorded when it happens: a new client's first appointment since assignment on the channel the
    /// service needs, how many working days after assignment, and whether that met the 10-working-day standard.
    /// Null when the standard does not apply (general case management, transfers) or the channel is not the one it counts.
    /// </summary>
    public static FirstSeenRecord? FirstSeen(ProgrammeTagCode service, bool isTransfer, DateOnly assignedOn, DateOnly seenOn, AppointmentChannel channel, AnniversaryDistrict district)
    {
        if (service == ProgrammeTagCode.GeneralCaseManagement || isTransfer || channel != FirstAppointmentChannel(service))
        {
            return null;
        }

        var days = seenOn <= assignedOn ? 0 : WorkingDays.Between(assignedOn, seenOn, district);
        return new FirstSeenRecord(assignedOn, seenOn, days, days <= NewClientWorkingDays);
    }

    public static string DisplayName(this EngagementBreach breach) => breach switch
    {
        EngagementBreach.NoFutureEngagement => "No future engagement booked",
        EngagementBreach.OverdueEngagement => "Engagement overdue (28 working days)",
        EngagementBreach.NewClientNotSeen => "New client not seen (10 working days)",
        EngagementBreach.IdentityNotVerified => "Identity not verified",
        EngagementBreach.NextEngagementNotArranged => "Next engagement not arranged at the last appointment",
    };
}
