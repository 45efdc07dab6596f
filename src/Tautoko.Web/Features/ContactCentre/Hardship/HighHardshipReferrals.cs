using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Common;
using Tautoko.Core.ContactCentre;
using Tautoko.Core.Hardship;
using Tautoko.Core.WorkQueues;
using Tautoko.Data;
using Tautoko.Data.Filters;

namespace Tautoko.Web.Features.ContactCentre.Hardship;

/// <summary>What happened to a high-hardship client after a request was recorded.</summary>
public sealed record HighHardshipOutcome(int RequestsInYear, HighHardshipRoute Route, Guid? ReferralTaskId, BookedAppointment? Booking, string Explanation);

/// <summary>
/// R-080–R-082 (003, "Deep Dive: Supporting clients with high hardship needs"): at 31 or more hardship requests
/// within a year, an unassigned client is referred to their home site's F2F appointment queue for an assigned
/// case manager; an assigned client is booked with their case manager, else the buddy, else the site queue.
/// "Who is the case manager" comes from caseloads (the open placement) and "book" from appointments.
/// </summary>
public sealed class HighHardshipReferrals(TautokoDbContext db, ICaseManagerLookup lookup, IAppointmentBooking booking, TimeProvider clock)
{
    public Task<AssignedCaseManager?> CaseManagerAsync(ClientId client, CancellationToken ct) => lookup.FindAsync(client, ct);

    /// <summary>R-080: hardship applications and contact-centre requests in the year, including those not yet saved.</summary>
    public Task<int> CountAsync(ClientId client, CancellationToken ct) => HardshipCount.InYearAsync(db, client, clock.GetUtcNow(), ct);

    /// <summary>Routes the client if their count has reached the threshold. Saves nothing itself; the caller saves.</summary>
    public async Task<HighHardshipOutcome> RouteAsync(ClientId client, StaffId by, AssignedCaseManager? caseManager, string details, CancellationToken ct, string? furtherNeeds = null)
    {
        var count = await CountAsync(client, ct);
        var route = HighHardship.Route(count, caseManager is not null);
        switch (route)
        {
            case HighHardshipRoute.None:
                return new HighHardshipOutcome(count, route, null, null, $"{count} hardship requests in the last year (a referral starts at {HighHardship.Threshold}).");
            case HighHardshipRoute.BookWithCaseManager:
                // the case manager, else the buddy, else the site F2F queue (appointments chooses, as the booking page does).
                var booked = await booking.BookNextAsync(client, caseManager!.CaseManagerId, "High hardship count: " + details, ct);
                return new HighHardshipOutcome(count, route, null, booked, $"{booked.Summary} (R-082).");
            case HighHardshipRoute.ReferToHomeSiteQueue:
                var task = await ReferAsync(client, by, count, details, furtherNeeds, ct);
                return new HighHardshipOutcome(count, route, task, null, "No assigned case manager: referred to the home site's F2F appointment queue for one (R-080).");
            default:
                throw new InvalidOperationException($"Unknown route {route}.");
        }
    }

    /// <summary>A task in the home site's F2F appointment queue, unless one is already open for the client.</summary>
    private async Task<Guid?> ReferAsync(ClientId client, StaffId by, int count, string details, string? furtherNeeds, CancellationToken ct)
    {
        var open = await db.WorkQueueTasks
            .Where(t => t.ClientId == client && t.Origin == TaskOrigin.HighHardship && t.Status != WorkQueueTaskStatus.Completed)
            .Select(t => (Guid?)t.Id.Value)
            .FirstOrDefaultAsync(ct);
        if (open is not null)
        {
            return open;
        }

        var home = await db.Clients.AsNoTracking().Where(c => c.Id == client).Select(c => c.HomeSiteId).SingleAsync(ct);
        var queue = await db.WorkQueues.FirstOrDefaultAsync(q => q.SiteId == home && q.Kind == WorkQueueKind.SiteFaceToFaceAppointments && q.IsActive, ct);
        if (queue is null)
        {
            return null;
        }

        // 003: the CSR's notes carry the seed's three bullets.
        var need = HighHardship.ReferralNotes(count, details, furtherNeeds);
        var task = new WorkQueueTask(WorkQueueTaskId.New(), queue, client, need.Length > WorkQueueTask.MaxNeedLength ? need[..WorkQueueTask.MaxNeedLength] : need, TaskOrigin.HighHardship, by, clock.GetUtcNow(), null);
        db.WorkQueueTasks.Add(task);
        return task.Id.Value;
    }
}

/// <summary>The contact centre answers the hardship applications' question with the same referral.</summary>
public sealed class HighHardshipRoutingPort(HighHardshipReferrals referrals) : IHighHardshipRouting
{
    public async Task<HighHardshipCheck> RouteAsync(ClientId clientId, StaffId by, string details, CancellationToken ct)
    {
        var caseManager = await referrals.CaseManagerAsync(clientId, ct);
        var outcome = await referrals.RouteAsync(clientId, by, caseManager, details, ct);
        return new HighHardshipCheck(outcome.RequestsInYear, outcome.Route, outcome.ReferralTaskId, outcome.Explanation);
    }
}
