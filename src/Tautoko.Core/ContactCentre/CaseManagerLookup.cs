using Tautoko.Core.Common;

namespace Tautoko.Core.ContactCentre;

/// <summary>A client's case manager and the buddy who covers them .</summary>
public sealed record AssignedCaseManager(StaffId CaseManagerId, string Name, string Email, StaffId? BuddyId, string Service);

/// <summary>
/// "Who is the client's case manager?" — answered by the caseloads: the client's open placement.
/// The contact-centre flow and the high-hardship referral ask through this.
/// </summary>
public interface ICaseManagerLookup
{
    Task<AssignedCaseManager?> FindAsync(ClientId clientId, CancellationToken ct);
}

public enum BookingWith
{
    CaseManager = 0,
    Buddy = 1,
    SiteQueue = 2,

    /// <summary>R-079 step 4: the booking had to be with the case manager, who had nothing free; the summary e-mail says so.</summary>
    NotBooked = 3,
}

/// <summary>An appointment booked for a client, or a request in the site queue.</summary>
public sealed record BookedAppointment(BookingWith With, string Who, DateTimeOffset? StartsAt, string Summary, Guid? AppointmentId = null);

/// <summary>
/// "Book an appointment with the case manager, else their buddy, else the site queue" (R-082, R-079 step 4)
/// — answered by the appointments.
/// </summary>
public interface IAppointmentBooking
{
    /// <param name="caseManagerOnly">R-079 step 4: the client has never met their case manager, so only the case manager's own calendar will do.</param>
    Task<BookedAppointment> BookNextAsync(ClientId clientId, StaffId caseManagerId, string reason, CancellationToken ct, bool caseManagerOnly = false);

    /// <summary>
    /// R-028 (002): "Phone-based case managers will book an initial appointment" and "send an appointment letter with point
    /// of contact and the appointment details" — the client's first appointment, in their case manager's own calendar only,
    /// confirmed by the calendar's letter (the phone-based letter for a phone-based case manager). NotBooked when nothing is free.
    /// </summary>
    Task<BookedAppointment> BookInitialAsync(ClientId clientId, string purpose, CancellationToken ct);
}
