using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Appointments;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.ContactCentre;
using Tautoko.Core.Staff;
using Tautoko.Data;
using Tautoko.Web.Features.Appointments.Common;
using ContactCentreBooking = Tautoko.Core.ContactCentre.BookedAppointment;

using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Appointments.Booking;

/// <summary>
/// R-079 step 4 and R-082 through appointments: the next free slot with the case manager, else the buddy
/// (the same choice the booking page offers), else a referral to the home site's face-to-face appointment queue.
/// Each booking and referral is saved by the appointments handler that makes it.
/// </summary>
public sealed class NextAppointmentBooking(BookingOptionsHandler options, BookAppointmentHandler booking, SiteQueueHandler siteQueue) : IAppointmentBooking
{
    /// <summary>A slot may be refused by the calendar's rules (a locked hour, a channel); the next few are tried.</summary>
    private const int SlotsToTry = 3;

    private const int MaxReferralText = 1000;

    public async Task<ContactCentreBooking> BookNextAsync(ClientId clientId, StaffId caseManagerId, string reason, CancellationToken ct, bool caseManagerOnly = false)
    {
        var purpose = reason.Length > Appointment.MaxTextLength ? reason[..Appointment.MaxTextLength] : reason;
        if (await options.HandleAsync(clientId, ct) is not { IsDone: true, Value: var choice })
        {
            throw new DomainException(new DomainError("R-082", "The client's booking options could not be read; book from the booking page."));
        }

        var (with, candidate) = caseManagerOnly
            ? (BookingWith.CaseManager, choice.CaseManager)
            : choice.Recommended switch
            {
                BookingRouteStep.CaseManager => (BookingWith.CaseManager, choice.CaseManager),
                BookingRouteStep.Buddy => (BookingWith.Buddy, choice.Buddy),
                BookingRouteStep.SiteQueue => (BookingWith.SiteQueue, (CandidateView?)null),
            };

        string? refused = null;
        foreach (var slot in candidate?.Slots.Take(SlotsToTry) ?? [])
        {
            var booked = await booking.BookAsync(new BookInput(clientId.Value, slot.SlotId, null, AppointmentType.Ongoing, purpose, false, null, null), ct);
            switch (booked.Failure)
            {
                case null:
                    var who = with == BookingWith.Buddy ? $"{candidate!.Name} (the case manager's buddy, R-050)" : candidate!.Name;
                    return new ContactCentreBooking(with, candidate.Name, booked.Value.Appointment.StartsAt,
                        $"Booked with {who}: {AppointmentText.When(booked.Value.Appointment.StartsAt)}.");
                case Failure.RuleBroken broken:
                    refused = broken.Error.Message;
                    continue;
                case Failure.StateConflict conflict:
                    refused = conflict.Error.Message;
                    break;
                case var other:
                    refused = other.Message;
                    break;
            }

            break;
        }

        // R-079 step 4: a client who has never met their case manager is booked with them directly, or not at all;
        // the summary e-mail to the case manager says there was nothing free.
        if (caseManagerOnly)
        {
            var name = candidate?.Name ?? "the case manager";
            return new ContactCentreBooking(BookingWith.NotBooked, name, null, NextAppointmentSituations.NoFreeAppointment(name));
        }

        // R-082: neither the case manager nor the buddy can take the client: the home site's F2F queue books them (R-083).
        var why = refused is null ? choice.Reason : $"{choice.Reason} {refused}";
        var text = $"{purpose} ({why})";
        var referred = await siteQueue.ReferAsync(new ReferInput(clientId.Value, text.Length > MaxReferralText ? text[..MaxReferralText] : text), ct);
        return referred is { IsDone: true, Value: var request }
            ? new ContactCentreBooking(BookingWith.SiteQueue, request.Site, null, $"Referred to the {request.Site} face-to-face appointment queue, to be booked by {DateDisplay.Show(request.DueBy)} (R-083). {choice.Reason}")
            : throw new DomainException(new DomainError("R-082", referred.Failure?.Message ?? "The client could not be referred to the site queue."));
    }

    public async Task<ContactCentreBooking> BookInitialAsync(ClientId clientId, string purpose, CancellationToken ct)
    {
        var text = purpose.Length > Appointment.MaxTextLength ? purpose[..Appointment.MaxTextLength] : purpose;
        if (await options.HandleAsync(clientId, ct) is not { IsDone: true, Value: var choice } || choice.CaseManager is not { } caseManager)
        {
            return new ContactCentreBooking(BookingWith.NotBooked, "the case manager", null, "The client's case manager could not be read; book the initial appointment from the booking page (R-028).");
        }

        string? refused = null;
        foreach (var slot in caseManager.Slots.Take(SlotsToTry))
        {
            // R-028: a first appointment, with the letter (the calendar's default: the phone-based letter for a phone-based team).
            var booked = await booking.BookAsync(new BookInput(clientId.Value, slot.SlotId, null, AppointmentType.FirstAppointment, text, true, null, null), ct);
            if (booked.Failure is null)
            {
                return new ContactCentreBooking(BookingWith.CaseManager, caseManager.Name, booked.Value.Appointment.StartsAt,
                    $"Initial appointment booked with {caseManager.Name}: {AppointmentText.When(booked.Value.Appointment.StartsAt)}; the appointment letter is posted.", booked.Value.Appointment.Id);
            }

            refused = booked.Failure.Message;
            if (booked.Failure is not Failure.RuleBroken)
            {
                break;
            }
        }

        return new ContactCentreBooking(BookingWith.NotBooked, caseManager.Name, null,
            $"Nothing free in {caseManager.Name}'s calendar{(refused is null ? "" : $" ({refused})")}: book the initial appointment from the booking page (R-028).");
    }
}
