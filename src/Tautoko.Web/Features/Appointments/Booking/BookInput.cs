using System.ComponentModel.DataAnnotations;
using Tautoko.Core.Appointments;
using Tautoko.Core.Messaging;
using Tautoko.Web.Features.Appointments.Common;

namespace Tautoko.Web.Features.Appointments.Booking;

public sealed record RecurrenceInput(int EveryWeeks, int Occurrences);

/// <param name="ClientId">The client the appointment is for.</param>
/// <param name="SlotId">The free slot to book (from the slots or booking-options API).</param>
/// <param name="Channel">Face-to-face or phone; phone-based case managers take phone only. Defaults by calendar.</param>
/// <param name="Type">What the appointment is for; defaults to ongoing case management.</param>
/// <param name="Purpose">Optional notes on what it is about.</param>
/// <param name="SendLetter">Post an appointment letter; defaults to yes for a first appointment .</param>
/// <param name="Letter">Which letter; defaults by calendar (phone-based teams send theirs, R-028).</param>
/// <param name="Repeat">Book a series: every N weeks, M appointments in all.</param>
public sealed record BookInput([Required] Guid? ClientId, [Required] Guid? SlotId, AppointmentChannel? Channel, AppointmentType? Type, string? Purpose, bool? SendLetter, LetterKind? Letter, RecurrenceInput? Repeat)
{
    /// <summary>What is missing or malformed, per field; empty when the input can be booked.</summary>
    public Dictionary<string, string[]> Problems()
    {
        var problems = new Dictionary<string, string[]>();
        if (ClientId is null || ClientId == Guid.Empty)
        {
            problems["clientId"] = ["Say which client the appointment is for."];
        }

        if (SlotId is null || SlotId == Guid.Empty)
        {
            problems["slotId"] = ["Choose a free slot."];
        }

        if (Channel is { } channel && !Enum.IsDefined(channel))
        {
            problems["channel"] = ["Choose face-to-face or phone."];
        }

        if (Type is { } type && !Enum.IsDefined(type))
        {
            problems["type"] = ["Choose an appointment type from the list."];
        }

        if (Letter is { } letter && !Enum.IsDefined(letter))
        {
            problems["letter"] = ["Choose a letter from the list."];
        }

        if (Purpose is { Length: > Appointment.MaxTextLength })
        {
            problems["purpose"] = [$"The purpose is at most {Appointment.MaxTextLength} characters."];
        }

        if (Repeat is { } repeat && new Recurrence(repeat.EveryWeeks, repeat.Occurrences).Problem() is { } recurrence)
        {
            problems["repeat"] = [recurrence.Message];
        }

        return problems;
    }
}

public sealed record SeriesOccurrence(DateOnly Target, Guid? AppointmentId, DateTimeOffset? StartsAt, string? Problem);

public sealed record BookedAppointment(AppointmentView Appointment, string DnaRiskExplanation, IReadOnlyList<SeriesOccurrence> Series);
