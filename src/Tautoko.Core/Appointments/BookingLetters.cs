using Tautoko.Core.Messaging;
using Tautoko.Core.Staff;

namespace Tautoko.Core.Appointments;

/// <summary>Whether a booking posts an appointment letter, and which one.</summary>
public static class BookingLetters
{
    /// <summary>R-035: a first appointment is confirmed by letter unless the person booking says not to; others only when asked.</summary>
    public static bool Sends(bool? asked, AppointmentType? type) => asked ?? type == AppointmentType.FirstAppointment;

    /// <summary>R-028: phone-based case managers' clients get the phone-based appointment letter; everyone else the invitation.</summary>
    public static LetterKind Default(CaseManagerVariant variant) =>
        variant == CaseManagerVariant.PhoneBased ? LetterKind.PhoneBasedAppointment : LetterKind.InviteToProactiveAppointment;

    /// <summary>The letter a booking posts: none unless it <paramref name="sends"/> one; the kind asked for, else the calendar's default .</summary>
    public static LetterKind? For(bool sends, LetterKind? asked, CaseManagerVariant variant) => sends ? asked ?? Default(variant) : null;
}
