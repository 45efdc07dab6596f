using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Appointments;
using Tautoko.Core.Audit;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.Staff;
using Tautoko.Data;
using Tautoko.Web.Platform;
using Tautoko.Web.Features.Appointments.Common;

namespace Tautoko.Web.Features.Appointments.WalkIns;

/// <param name="ClientId">The client who walked in.</param>
/// <param name="Purpose">Why they came; the seed's exclusions are refused .</param>
/// <param name="Note">What the case manager did.</param>
/// <param name="CaseManagerId">Who saw them; defaults to the person recording, who must then be a case manager.</param>
/// <param name="SeenAt">When they were seen; defaults to now.</param>
/// <param name="Minutes">How long; defaults to 30.</param>
/// <param name="IdentityVerified">Whether identity was verified and the evidence saved .</param>
public sealed record WalkInInput([Required] Guid? ClientId, [Required] WalkInPurpose? Purpose, string? Note, Guid? CaseManagerId, DateTimeOffset? SeenAt, int? Minutes, bool? IdentityVerified);

/// <summary>R-049: records an unbooked face-to-face visit in which a case manager met the client's needs.</summary>
public sealed class WalkInHandler(TautokoDbContext db, CurrentStaff staff, ClientAccess access, AuditLog audit, TimeProvider clock, ILogger<WalkInHandler> logger)
{
    public async Task<Outcome<AppointmentView>> RecordAsync(WalkInInput input, CancellationToken ct)
    {
        var problems = new Dictionary<string, string[]>();
        if (input.ClientId is null || input.ClientId == Guid.Empty)
        {
            problems["clientId"] = ["Say which client walked in."];
        }

        if (input.Purpose is null || !Enum.IsDefined(input.Purpose.Value))
        {
            problems["purpose"] = ["Choose why the client came in."];
        }

        if (problems.Count > 0)
        {
            return Failure.Invalid(problems);
        }

        var clientId = new ClientId(input.ClientId!.Value);
        var check = await access.CheckAsync(clientId, ClientOperation.ManageAppointments, ct);
        if (!check.Found)
        {
            return Failure.NotFound($"There is no client {clientId}.");
        }

        if (!check.Allowed)
        {
            return Failure.Refused(check.Decision, clientId.Value);
        }

        var caseManagerId = input.CaseManagerId is { } given ? new StaffId(given) : staff.Id;
        var caseManager = await db.Staff.AsNoTracking().SingleOrDefaultAsync(s => s.Id == caseManagerId, ct);
        if (caseManager is null || WalkInPurposes.WhyNotSeenBy(caseManager.Role.IsCaseManager()) is not null)
        {
            return Failure.Broken(WalkInPurposes.WhyNotSeenBy(seenByCaseManager: false)!);
        }

        var now = clock.GetUtcNow();
        if (input.SeenAt is { } seenAt && PlausibleDates.WhyNotHappened(seenAt, now) is { } seenProblem)
        {
            return Failure.Invalid("seenAt", seenProblem);
        }

        // not a walk-in when the client has a booked appointment at that time.
        var seenFrom = (input.SeenAt ?? now).ToUniversalTime();
        var seenTo = seenFrom.AddMinutes(input.Minutes is > 0 ? input.Minutes.Value : 30);
        var booked = await db.Appointments.AsNoTracking()
            .Where(a => a.ClientId == clientId && a.Status == AppointmentStatus.Booked && a.Kind != AppointmentKind.WalkIn && a.StartsAt < seenTo && a.EndsAt > seenFrom)
            .Select(a => (DateTimeOffset?)a.StartsAt)
            .FirstOrDefaultAsync(ct);
        if (WalkInPurposes.WhyNotUnbooked(booked) is { } alreadyBooked)
        {
            return Failure.Broken(alreadyBooked);
        }

        Appointment walkIn;
        try
        {
            walkIn = Appointment.RecordWalkIn(AppointmentId.New(), clientId, caseManager.Id, caseManager.SiteId, input.Purpose!.Value, input.Note, staff.Id,
                (input.SeenAt ?? now).ToUniversalTime(), input.Minutes ?? 30, input.IdentityVerified, now);
        }
        catch (DomainException ex)
        {
            return Failure.Broken(ex.Error);
        }

        db.Appointments.Add(walkIn);
        var text = $"Walk-in: seen face-to-face by {caseManager.FullName} without a booking — {walkIn.WalkInPurpose!.Value.DisplayName()}." +
                   (input.IdentityVerified == true ? " Identity verified and evidence saved (R-034)." : string.Empty) +
                   (walkIn.ResultNote is { } note ? $" {note}" : string.Empty);
        db.EngagementNotes.Add(new EngagementNote(Guid.CreateVersion7(), clientId, staff.Id, now, walkIn.StartsAt, EngagementChannel.FaceToFace, EngagementOutcome.Contact, text, null));
        audit.Add(AuditAction.Create, "Appointment", walkIn.Id.ToString(), clientId, $"Walk-in: {walkIn.WalkInPurpose}", check.ViaBreakGlass);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Walk-in {AppointmentId} recorded", walkIn.Id.Value);
        return Outcome<AppointmentView>.Done((await AppointmentViews.OneAsync(db, walkIn.Id, ct))!);
    }
}
