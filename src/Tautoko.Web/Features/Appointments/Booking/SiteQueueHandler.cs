using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Appointments;
using Tautoko.Core.Audit;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Data;
using Tautoko.Web.Access;
using Tautoko.Web.Audit;
using Tautoko.Web.Auth;
using Tautoko.Web.Features.Appointments.Common;

namespace Tautoko.Web.Features.Appointments.Booking;

public sealed record ReferInput(Guid? ClientId, string? Reason);

public sealed record QueueRequestView(Guid Id, Guid ClientId, string ClientName, string ClientNumber, Guid SiteId, string Site, string Reason, string ReferredBy, DateTimeOffset ReferredAt, DateTimeOffset DueBy, bool Overdue, AppointmentRequestStatus Status);

/// <summary>
/// The site's face-to-face appointment queue: a client no case manager or buddy can take is
/// referred to their home site, whose staff book them within 24 hours.
/// </summary>
public sealed class SiteQueueHandler(TautokoDbContext db, CurrentStaff staff, ClientAccess access, AuditLog audit, TimeProvider clock)
{
    public async Task<Outcome<QueueRequestView>> ReferAsync(ReferInput input, CancellationToken ct)
    {
        if (input.ClientId is not { } id || id == Guid.Empty)
        {
            return new Outcome<QueueRequestView>.Invalid(new() { ["clientId"] = ["Say which client is referred."] });
        }

        var clientId = new ClientId(id);
        var check = await access.CheckAsync(clientId, ClientOperation.ManageAppointments, ct);
        if (!check.Found)
        {
            return new Outcome<QueueRequestView>.Missing($"There is no client {clientId}.");
        }

        if (!check.Allowed)
        {
            return new Outcome<QueueRequestView>.Refused(check.Decision, id);
        }

        var now = clock.GetUtcNow();
        var homeSite = await db.Clients.AsNoTracking().Where(c => c.Id == clientId).Select(c => c.HomeSiteId).SingleAsync(ct);
        AppointmentRequest request;
        try
        {
            request = new AppointmentRequest(Guid.CreateVersion7(), clientId, homeSite, input.Reason ?? string.Empty, staff.Id, now);
        }
        catch (DomainException ex)
        {
            return new Outcome<QueueRequestView>.Invalid(new() { ["reason"] = [ex.Error.Message] });
        }

        db.AppointmentRequests.Add(request);
        db.EngagementNotes.Add(new EngagementNote(Guid.CreateVersion7(), clientId, staff.Id, now, now, EngagementChannel.Internal, EngagementOutcome.Information,
            $"Referred to the home site's face-to-face appointment queue (R-082): {request.Reason}", null));
        audit.Add(AuditAction.Create, "AppointmentRequest", request.Id.ToString(), clientId, "Referred to the site face-to-face queue", check.ViaBreakGlass);
        await db.SaveChangesAsync(ct);
        return new Outcome<QueueRequestView>.Done((await ListAsync(db.AppointmentRequests.Where(r => r.Id == request.Id), ct)).Single());
    }

    /// <summary>Open requests of a site, oldest first, overdue ones flagged .</summary>
    public Task<List<QueueRequestView>> OpenAtSiteAsync(SiteId siteId, CancellationToken ct) =>
        ListAsync(db.AppointmentRequests.Where(r => r.SiteId == siteId && r.Status == AppointmentRequestStatus.Open), ct);

    private async Task<List<QueueRequestView>> ListAsync(IQueryable<AppointmentRequest> requests, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var rows = await (
                from r in requests.AsNoTracking()
                join c in db.Clients on r.ClientId equals c.Id
                join s in db.Sites on r.SiteId equals s.Id
                join referrer in db.Staff on r.ReferredById equals referrer.Id
                select new { r, Client = c.FirstName + " " + c.LastName, c.ClientNumber, Site = s.Name, By = referrer.FirstName + " " + referrer.LastName })
            .ToListAsync(ct);
        return [.. rows.OrderBy(x => x.r.ReferredAt).Select(x => new QueueRequestView(x.r.Id, x.r.ClientId.Value, x.Client, ClientNumbers.Format(x.ClientNumber), x.r.SiteId.Value, x.Site, x.r.Reason, x.By, x.r.ReferredAt, x.r.DueBy, x.r.IsOverdue(now), x.r.Status))];
    }
}
