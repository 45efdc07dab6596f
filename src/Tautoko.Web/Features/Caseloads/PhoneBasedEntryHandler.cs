using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Appointments;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.ContactCentre;
using Tautoko.Data;
using Tautoko.Data.Configurations;
using Tautoko.Data.Operations;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Caseloads;

/// <param name="CaseManagerId">The phone-based case manager whose caseload the client joins.</param>
/// <param name="KoreroMahiAttendedOn">When the client attended Kōrero Mahi – Let's talk work at their local service centre.</param>
/// <param name="Note">Anything the team adds to the reason.</param>
public sealed record PhoneBasedEntryInput(Guid? CaseManagerId, DateOnly? KoreroMahiAttendedOn, string? Note);

/// <summary>What entering phone-based case management did: the placement and its tag, and the initial appointment (or why not).</summary>
public sealed record PhoneBasedEntryView(
    Guid PlacementId,
    string CaseManager,
    string Tag,
    DateOnly KoreroMahiAttendedOn,
    bool AppointmentBooked,
    Guid? AppointmentId,
    DateTimeOffset? AppointmentStartsAt,
    string Summary);

/// <summary>
/// R-028 (002) "Entering phone-based case management": the client attended Kōrero Mahi after being granted Jobseeker
/// Support; the phone-based team programme-tags and assigns them (a placement on a phone-based caseload, with the PBCM
/// tag, R-017/R-018 checked); the case manager books the initial appointment, and the booking posts the phone-based
/// appointment letter with the point of contact and the appointment details. One call does all four; the placement is
/// saved first, so a calendar with nothing free leaves the client assigned and says to book from the booking page.
/// </summary>
public sealed class PhoneBasedEntryHandler(TautokoDbContext db, PlacementHandler placements, IAppointmentBooking booking, CurrentStaff me, TimeProvider clock)
{
    public async Task<Outcome<PhoneBasedEntryView>> EnterAsync(ClientId clientId, PhoneBasedEntryInput input, CancellationToken ct)
    {
        var attended = input.KoreroMahiAttendedOn;
        var reason = string.Create(CultureInfo.InvariantCulture,
            $"{PhoneBasedRules.KoreroMahi} attended {attended:d MMM yyyy}; tagged and assigned by the phone-based team (R-028).{(string.IsNullOrWhiteSpace(input.Note) ? "" : " " + input.Note.Trim())}");
        if (!(await placements.CheckAsync(clientId, new PlaceInput(input.CaseManagerId, reason, null), ct)).TryGet(out var plan, out var refusal))
        {
            return refusal;
        }

        if (plan.Service != CaseManagementService.PhoneBased)
        {
            return Failure.Invalid("caseManagerId", $"{plan.CaseManagerName} does not hold a phone-based caseload: choose a phone-based case manager (R-028).");
        }

        var benefitStart = await db.Clients.AsNoTracking().Where(c => c.Id == clientId).Select(c => c.BenefitStartDate).SingleAsync(ct);
        if (PhoneBasedRules.KoreroMahiProblem(attended, DateDisplay.TodayInAuckland(clock), benefitStart) is { } problem)
        {
            return Failure.Invalid("koreroMahiAttendedOn", problem);
        }

        CaseloadPlacement placement;
        await using (var transaction = await db.BeginUnitOfWorkAsync(ct))
        {
            var taken = await placements.TakeAsync(plan, ct);
            if (!taken.TryGet(out var took, out var failure))
            {
                return failure;
            }

            placement = took;

            // The seminar, in the engagement log on the day it happened.
            var now = clock.GetUtcNow();
            var on = NzLocalTime.ToUtc(attended!.Value, new TimeOnly(12, 0));
            db.EngagementNotes.Add(new EngagementNote(Guid.CreateVersion7(), clientId, me.Id, now, on < now ? on : now, EngagementChannel.FaceToFace, EngagementOutcome.Contact,
                $"Attended {PhoneBasedRules.KoreroMahi} at their local service centre after being granted Jobseeker Support; referred to the phone-based team (R-028).", null));
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException ex) when (ex.Refused(CaseloadPlacementConfiguration.OneOpenPlacementPerClient))
            {
                return PlacementHandler.DuplicatePlacement;
            }

            await transaction.CommitAsync(ct);
        }

        // The case manager's own calendar; the booking is its own unit of work and posts the phone-based letter.
        var initial = await booking.BookInitialAsync(clientId, "Initial phone-based case management appointment (R-028).", ct);
        return new PhoneBasedEntryView(placement.Id, plan.CaseManagerName, CaseManagementService.PhoneBased.ShortName(), attended!.Value,
            initial.With == BookingWith.CaseManager, initial.AppointmentId, initial.StartsAt, initial.Summary);
    }
}
