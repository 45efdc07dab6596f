using Tautoko.Core.Appointments;
using Tautoko.Core.Common;

namespace Tautoko.Web.Features.Appointments.Common;

/// <summary>The 409s of appointments: the slot was taken first, or the record changed under the request; each with its title.</summary>
public static class AppointmentConflict
{
    public const string SlotTakenTitle = "That slot is already booked";

    public const string ChangedTitle = "Someone else changed this appointment";

    public static Failure Of(DomainError error) =>
        Failure.Conflict(error, error.Rule == BookingPolicy.TakenRule ? SlotTakenTitle : ChangedTitle);
}
