namespace Tautoko.Core.Appointments;

/// <summary>Where an appointment stands. Only <see cref="Booked"/> is open; the rest are results .</summary>
public enum AppointmentStatus
{
    Booked = 0,
    Attended = 1,
    DidNotAttend = 2,
    CancelledByClient = 3,
    CancelledByAgency = 4,
}

/// <summary>Proactive appointments are planned ahead; reactive time is kept for short-notice needs; walk-ins are unbooked .</summary>
public enum AppointmentKind
{
    Proactive = 0,
    Reactive = 1,
    WalkIn = 2,
}

public enum AppointmentChannel
{
    FaceToFace = 0,
    Phone = 1,
}

public enum AppointmentType
{
    FirstAppointment = 0,
    Ongoing = 1,
    PlanReview = 2,
    NewApplication = 3,
    KoreroMahiSeminar = 4,
    ImmediateNeed = 5,
    ExitInterview = 6,
}

/// <summary>Whose calendar the booking went into, and why .</summary>
public enum BookingCover
{
    OwnCaseManager = 0,
    Buddy = 1,
    OtherCaseManager = 2,
}

public static class AppointmentNames
{
    public static string DisplayName(this AppointmentStatus status) => status switch
    {
        AppointmentStatus.Booked => "Booked",
        AppointmentStatus.Attended => "Attended",
        AppointmentStatus.DidNotAttend => "Did not attend",
        AppointmentStatus.CancelledByClient => "Cancelled by client",
        AppointmentStatus.CancelledByAgency => "Cancelled by agency",
    };

    public static string DisplayName(this AppointmentKind kind) => kind switch
    {
        AppointmentKind.Proactive => "Proactive",
        AppointmentKind.Reactive => "Reactive",
        AppointmentKind.WalkIn => "Walk-in",
    };

    public static string DisplayName(this AppointmentChannel channel) => channel switch
    {
        AppointmentChannel.FaceToFace => "Face-to-face",
        AppointmentChannel.Phone => "Phone",
    };

    public static string DisplayName(this AppointmentType type) => type switch
    {
        AppointmentType.FirstAppointment => "First appointment",
        AppointmentType.Ongoing => "Ongoing case management",
        AppointmentType.PlanReview => "Plan review",
        AppointmentType.NewApplication => "New application",
        AppointmentType.KoreroMahiSeminar => "Kōrero Mahi – Let's talk work",
        AppointmentType.ImmediateNeed => "Immediate need",
        AppointmentType.ExitInterview => "Exit interview",
    };

    public static string DisplayName(this BookingCover cover) => cover switch
    {
        BookingCover.OwnCaseManager => "Client's case manager",
        BookingCover.Buddy => "Buddy (case manager away)",
        BookingCover.OtherCaseManager => "Another case manager at the site",
    };

    public static bool IsCancellation(this AppointmentStatus status) =>
        status is AppointmentStatus.CancelledByClient or AppointmentStatus.CancelledByAgency;
}
