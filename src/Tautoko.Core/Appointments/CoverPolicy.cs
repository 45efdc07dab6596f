using Tautoko.Core.Common;

namespace Tautoko.Core.Appointments;

public enum BookingRouteStep
{
    CaseManager = 0,
    Buddy = 1,
    SiteQueue = 2,
}

/// <summary>A case manager who might take the booking, as seen over the booking window.</summary>
public sealed record CoverCandidate(string Name, bool OnLeaveToday, DateOnly? LeaveEnds, bool CalendarLocked, int FreeSlots);

/// <summary>Where the booking should go, and why, in words for the person booking.</summary>
public sealed record BookingRoute(BookingRouteStep Step, string Reason);

/// <summary>
/// R-050, R-082 (003): a client already assigned is booked with their case manager; if the case manager
/// is on leave or not available, with their buddy; otherwise the request goes to the site's face-to-face
/// appointment queue.
/// </summary>
public static class CoverPolicy
{
    public static BookingRoute Choose(CoverCandidate? caseManager, CoverCandidate? buddy)
    {
        if (caseManager is null)
        {
            return new BookingRoute(BookingRouteStep.SiteQueue, "The client has no case manager; refer them to their home site's face-to-face appointment queue (R-080).");
        }

        if (Available(caseManager))
        {
            return new BookingRoute(BookingRouteStep.CaseManager, $"Book with {caseManager.Name}, the client's case manager.");
        }

        var why = WhyUnavailable(caseManager);
        if (buddy is not null && Available(buddy))
        {
            return new BookingRoute(BookingRouteStep.Buddy, $"{caseManager.Name} {why}; book with their buddy {buddy.Name} (R-050).");
        }

        var buddyWhy = buddy is null ? "has no buddy recorded" : $"and their buddy {buddy.Name} {WhyUnavailable(buddy)}";
        return new BookingRoute(BookingRouteStep.SiteQueue, $"{caseManager.Name} {why} {buddyWhy}; refer the client to the site's face-to-face appointment queue (R-082).");
    }

    /// <summary>
    /// R-050: whom a booked appointment is with, as it records it: the client's own case manager, their buddy covering, or
    /// another case manager (the client has none, or the calendar is someone else's).
    /// </summary>
    public static BookingCover CoverFor(StaffId calendarOwner, StaffId? caseManager, StaffId? caseManagersBuddy) =>
        caseManager is null ? BookingCover.OtherCaseManager
        : caseManager == calendarOwner ? BookingCover.OwnCaseManager
        : caseManagersBuddy == calendarOwner ? BookingCover.Buddy
        : BookingCover.OtherCaseManager;

    public static bool Available(CoverCandidate candidate) => !candidate.OnLeaveToday && !candidate.CalendarLocked && candidate.FreeSlots > 0;

    private static string WhyUnavailable(CoverCandidate candidate) =>
        candidate.OnLeaveToday ? candidate.LeaveEnds is { } end ? $"is on leave until {end.ToString("d MMM", System.Globalization.CultureInfo.GetCultureInfo("en-NZ"))}" : "is on leave"
        : candidate.CalendarLocked ? "has a calendar closed to bookings"
        : "has no free appointment in the booking window";
}
