using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Audit;
using Tautoko.Core.Common;
using Tautoko.Core.Complaints;
using Tautoko.Core.Staff;
using Tautoko.Data;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Complaints;

/// <summary>
/// The complaints register, one complaint and the open-complaints worklist, as <see cref="ComplaintVisibility"/> allows:
/// the managers of the named staff member's site and national office, never the staff member named. Every read is audited
/// (the register names complainants, R-120).
/// </summary>
public sealed class ComplaintRegisterHandler(TautokoDbContext db, CurrentStaff me, AuditLog audit, TimeProvider clock)
{
    public static Failure Missing(Guid id) => Failure.NotFound($"There is no complaint {id}.", "Complaint not found");

    public static IReadOnlyList<ComplaintOutcomeOption> OutcomeOptions { get; } =
        [.. ComplaintOutcomes.All.Select(o => new ComplaintOutcomeOption(o, o.SeedText(), o.RefersToReviewOfDecision()))];

    public async Task<Outcome<Paged<ComplaintView>>> ListAsync(ComplaintFilter filter, PageRequest page, CancellationToken ct)
    {
        if (filter.From is { } from && filter.To is { } to && from > to)
        {
            return Failure.Invalid("to", "to is on or after from.");
        }

        var today = DateDisplay.TodayInAuckland(clock);
        foreach (var (field, date) in new[] { ("from", filter.From), ("to", filter.To) })
        {
            if (date is { } d && PlausibleDates.WhyNotQueryDate(d, today) is { } problem)
            {
                return Failure.Invalid(field, problem);
            }
        }

        var scope = await ScopeAsync(filter.SiteId, "Complaints register", ct);
        if (!scope.TryGet(out var query, out var refused))
        {
            return refused;
        }

        if (filter.Status is { } status)
        {
            query = query.Where(c => c.Status == status);
        }

        if (filter.StaffId is { } staff)
        {
            var staffId = new StaffId(staff);
            query = query.Where(c => c.StaffId == staffId);
        }

        if (filter.Outcome is { } outcome)
        {
            query = query.Where(c => c.Outcome == outcome);
        }

        if (filter.From is { } first)
        {
            query = query.Where(c => c.ReceivedOn >= first);
        }

        if (filter.To is { } last)
        {
            query = query.Where(c => c.ReceivedOn <= last);
        }

        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(c => c.ReceivedOn).ThenByDescending(c => c.RecordedAt).Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        await audit.RecordAsync(AuditAction.Read, "ComplaintRegister", filter.SiteId?.ToString(), null, $"Complaints register page {page.Page}: {rows.Count} complaints", false, ct);
        return new Paged<ComplaintView>(await ViewsAsync(rows, ct), page.Page, page.PageSize, total);
    }

    /// <summary>Open complaints of the manager's site (every site for national office), longest open first.</summary>
    public async Task<Outcome<IReadOnlyList<ComplaintView>>> WorklistAsync(CancellationToken ct)
    {
        var scope = await ScopeAsync(null, "Open complaints worklist", ct);
        if (!scope.TryGet(out var query, out var refused))
        {
            return refused;
        }

        var rows = await query.Where(c => c.Status == ComplaintStatus.Open).OrderBy(c => c.ReceivedOn).ThenBy(c => c.RecordedAt).Take(200).ToListAsync(ct);
        await audit.RecordAsync(AuditAction.Read, "ComplaintWorklist", null, null, $"Open complaints: {rows.Count}", false, ct);
        return Outcome.Done(await ViewsAsync(rows, ct));
    }

    public async Task<Outcome<ComplaintView>> GetAsync(Guid id, CancellationToken ct)
    {
        var complaint = await db.Complaints.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (complaint is null)
        {
            return Missing(id);
        }

        var decision = ComplaintVisibility.Decide(me.Viewer, complaint.StaffId, complaint.SiteId);
        if (!decision.Allowed)
        {
            await audit.RecordAsync(AuditAction.AccessRefused, nameof(Complaint), id.ToString(), complaint.ClientId, $"Read: {decision.Rule}", false, ct);
            return Failure.Refused(decision);
        }

        await audit.RecordAsync(AuditAction.Read, nameof(Complaint), id.ToString(), complaint.ClientId, "Complaint read", false, ct);
        return await ViewAsync(complaint, ct);
    }

    /// <summary>The view of one complaint the caller may already see (no audit row: the caller writes its own).</summary>
    public async Task<ComplaintView> ViewAsync(Complaint complaint, CancellationToken ct) => (await ViewsAsync([complaint], ct))[0];

    /// <summary>The complaints the signed-in person may see, optionally of one site; refused (and audited) for everyone else.</summary>
    private async Task<Outcome<IQueryable<Complaint>>> ScopeAsync(Guid? siteId, string what, CancellationToken ct)
    {
        var viewer = me.Viewer;
        var query = db.Complaints.AsNoTracking().Where(c => c.StaffId != viewer.StaffId);
        AccessDecision? refusal = viewer.Role switch
        {
            StaffRole.NationalOffice => null,
            StaffRole.ServiceCentreManager when siteId is null || siteId == viewer.SiteId.Value => null,
            StaffRole.ServiceCentreManager => AccessDecision.Refuse(ComplaintVisibility.ScopeRule, "A service centre manager keeps the complaints register of their own site."),
            _ => AccessDecision.Refuse(ComplaintVisibility.RoleRule, "Complaints about staff are seen by the managers of the staff member's site and National Office."),
        };
        if (refusal is not null)
        {
            await audit.RecordAsync(AuditAction.AccessRefused, "ComplaintRegister", siteId?.ToString(), null, $"{what}: {refusal.Rule}", false, ct);
            return Failure.Refused(refusal);
        }

        if (viewer.Role == StaffRole.ServiceCentreManager)
        {
            query = query.Where(c => c.SiteId == viewer.SiteId);
        }
        else if (siteId is { } site)
        {
            var only = new SiteId(site);
            query = query.Where(c => c.SiteId == only);
        }

        return Outcome.Done(query);
    }

    private async Task<IReadOnlyList<ComplaintView>> ViewsAsync(IReadOnlyList<Complaint> rows, CancellationToken ct)
    {
        var staffIds = rows.SelectMany(r => new[] { r.StaffId, r.RecordedById, r.ClosedById ?? r.RecordedById }).Distinct().ToList();
        var staff = await db.Staff.AsNoTracking().Where(s => staffIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.FirstName + " " + s.LastName, ct);
        var siteIds = rows.Select(r => r.SiteId).Distinct().ToList();
        var sites = await db.Sites.AsNoTracking().Where(s => siteIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var clientIds = rows.Where(r => r.ClientId is not null).Select(r => r.ClientId!.Value).Distinct().ToList();
        var clientRows = await (
                from c in db.Clients.AsNoTracking()
                join s in db.Sites on c.HomeSiteId equals s.Id
                where clientIds.Contains(c.Id)
                select new { c.Id, Name = c.FirstName + " " + c.LastName, c.HomeSiteId, s.RegionId, c.IsRestricted })
            .ToListAsync(ct);
        var viewer = me.Viewer;

        // a restricted complainant is named only to those who may open the record; being out of the manager's
        // scope does not hide the name (the complaint is about their own staff), so scope counts as granted here.
        var clients = clientRows.ToDictionary(
            c => c.Id,
            c => ClientAccessPolicy.Decide(viewer, new ClientScope(c.HomeSiteId, c.RegionId, c.IsRestricted), ClientOperation.Read, hasBreakGlass: true).Allowed ? c.Name : "Restricted record");
        var today = DateDisplay.TodayInAuckland(clock);
        return [.. rows.Select(r => new ComplaintView(
            r.Id,
            r.StaffId.Value,
            staff.GetValueOrDefault(r.StaffId, "?"),
            r.SiteId.Value,
            sites.GetValueOrDefault(r.SiteId, "?"),
            r.ClientId?.Value,
            r.ClientId is { } id ? clients.GetValueOrDefault(id, "?") : null,
            r.ReceivedOn,
            r.Channel,
            r.Description,
            staff.GetValueOrDefault(r.RecordedById, "?"),
            r.RecordedAt,
            r.Status,
            r.Outcome,
            r.Outcome?.SeedText(),
            r.OutcomeNote,
            r.ClosedById is { } closer ? staff.GetValueOrDefault(closer, "?") : null,
            r.ClosedAt,
            Math.Max(0, (r.ClosedAt is { } closed ? DateOnly.FromDateTime(DateDisplay.ToAuckland(closed).DateTime) : today).DayNumber - r.ReceivedOn.DayNumber),
            r.Version))];
    }
}
