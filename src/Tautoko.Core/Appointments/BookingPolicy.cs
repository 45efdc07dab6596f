using Tautoko.Core.Calendar;
using Tautoko.Core.Common;
using Tautoko.Core.Staff;

namespace Tautoko.Core.Appointments;

/// <summary>What booking a slot depends on besides the slot itself.</summary>
public sealed record SlotContext(
    CaseManagerVariant Variant,
    bool CalendarLocked,
    string? LockedReason,
    IReadOnlyList<StaffLeave> Leave,
    IReadOnlyList<CalendarBlockout> Blockouts,
    bool Taken,
    AnniversaryDistrict District);

/// <summary>
/// The rules for booking into a case manager's calendar (003). Pure: the handler gathers the facts,
/// this says whether the slot can be booked and why not. The database still has the last word on a
/// slot taken at the same moment by someone else.
/// </summary>
public static class BookingPolicy
{
    /// <summary>Reactive slots open for booking this many working days ahead (the day itself and the one before).</summary>
    public const int ReactiveWindowWorkingDays = 1;

    public const string TakenRule = "slot-taken";

    public static bool IsOnLeave(IEnumerable<StaffLeave> leave, DateOnly date) => leave.Any(l => l.Covers(date));

    /// <summary>Null when the slot can be booked on this channel now; otherwise the rule it would break.</summary>
    public static DomainError? WhyNot(AppointmentSlot slot, SlotContext context, AppointmentChannel channel, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(slot);
        ArgumentNullException.ThrowIfNull(context);
        if (slot.StartsAt <= now)
        {
            return new DomainError("booking-past", "That slot has already started; choose a later one.");
        }

        if (slot.IsWithdrawn)
        {
            return new DomainError("R-046", "That time is no longer in the case manager's calendar.");
        }

        if (context.Taken)
        {
            return new DomainError(TakenRule, "That slot is already booked; choose another.");
        }

        // no appointments on public holidays of the site's district.
        if (!WorkingDays.IsWorkingDay(slot.Date, context.District))
        {
            return new DomainError("R-005", "The site is closed that day (public holiday).");
        }

        // calendars are open for booking; a locked one is a finding for the manager, not a booking target.
        if (context.CalendarLocked)
        {
            return new DomainError("R-043", $"This calendar is closed to bookings ({context.LockedReason}).");
        }

        // while a case manager is on leave their buddy takes appointment requests.
        if (IsOnLeave(context.Leave, slot.Date))
        {
            return new DomainError("R-050", "The case manager is on leave that day; book with their buddy.");
        }

        // blocked-out time is not bookable.
        if (context.Blockouts.FirstOrDefault(b => b.Overlaps(slot.StartsAt, slot.EndsAt)) is { } blockout)
        {
            return new DomainError("R-046", $"The case manager has blocked out that time ({blockout.Reason.DisplayName().ToLowerInvariant()}).");
        }

        // reactive time is kept free for short-notice needs, so it opens only the working day before.
        if (slot.Kind == SlotKind.Reactive)
        {
            var today = NzLocalTime.DateOf(now);
            var opens = WorkingDays.Add(slot.Date, -ReactiveWindowWorkingDays, context.District);
            if (today < opens)
            {
                return new DomainError("R-042", "Reactive time is kept for short-notice appointments; it can be booked from the working day before.");
            }
        }

        // phone-based case management sees clients by phone.
        if (context.Variant == CaseManagerVariant.PhoneBased && channel == AppointmentChannel.FaceToFace)
        {
            return new DomainError("R-033", "Phone-based case managers hold their appointments by phone.");
        }

        return null;
    }

    /// <summary>A client cannot be in two appointments at once.</summary>
    public static DomainError? ClientClash(IEnumerable<(DateTimeOffset StartsAt, DateTimeOffset EndsAt)> clientsBooked, DateTimeOffset start, DateTimeOffset end) =>
        clientsBooked.Any(b => b.StartsAt < end && start < b.EndsAt)
            ? new DomainError("client-double-booked", "The client already has an appointment at that time.")
            : null;
}
