using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Appointments;
using Tautoko.Core.Audit;
using Tautoko.Core.Common;
using Tautoko.Core.Hardship;
using Tautoko.Core.Staff;
using Tautoko.Data;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Hardship.Reviews;

/// <summary>
/// The reviews register (every review in the person's scope, open or closed) and the reviews officer's worklist (open reviews
/// by due day: overdue, due within a week, later). Those who manage reviews see them: case managers and their managers
/// for their own site's clients (or the regions their unit serves), national office for all.
/// </summary>
public sealed class ReviewsRegisterHandler(TautokoDbContext db, CurrentStaff me, AuditLog audit, TimeProvider clock)
{
    public const int WorklistLimit = 200;

    public async Task<Outcome<Paged<ReviewRow>>> RegisterAsync(string? status, PageRequest page, CancellationToken ct)
    {
        if (Refusal() is { } refusal)
        {
            return refusal;
        }

        bool? open;
        switch (status?.ToLowerInvariant())
        {
            case null or "" or "all":
                open = null;
                break;
            case "open":
                open = true;
                break;
            case "closed":
                open = false;
                break;
            default:
                return Failure.Invalid("status", "status is open, closed or all.");
        }

        var rows = Scoped();
        if (open is { } o)
        {
            rows = o ? rows.Where(x => x.Review.Stage != ReviewStage.Closed) : rows.Where(x => x.Review.Stage == ReviewStage.Closed);
        }

        var total = await rows.CountAsync(ct);
        var items = await rows.OrderByDescending(x => x.Review.RequestedAt).Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        var today = NzLocalTime.DateOf(clock.GetUtcNow());
        var result = items.Select(x => Row(x, today)).ToList();
        await AuditAsync(result, "Reviews register", ct);
        return new Paged<ReviewRow>(result, page.Page, page.PageSize, total);
    }

    public async Task<Outcome<ReviewWorklist>> WorklistAsync(CancellationToken ct)
    {
        if (Refusal() is { } refusal)
        {
            return refusal;
        }

        var today = NzLocalTime.DateOf(clock.GetUtcNow());
        var items = await Scoped().Where(x => x.Review.Stage != ReviewStage.Closed).OrderBy(x => x.Review.DueOn).Take(WorklistLimit).ToListAsync(ct);
        var rows = items.Select(x => Row(x, today)).ToList();
        await AuditAsync(rows, "Reviews worklist", ct);
        var week = today.AddDays(7);
        return new ReviewWorklist(today, [.. rows.Where(r => r.Overdue)], [.. rows.Where(r => !r.Overdue && r.DueOn <= week)], [.. rows.Where(r => r.DueOn > week)]);
    }

    private Failure? Refusal() =>
        me.Role.IsCaseManager() || me.Role is StaffRole.ServiceCentreManager or StaffRole.NationalOffice
            ? null
            : Failure.Refused(AccessDecision.Refuse(ClientAccessPolicy.RoleRule, $"A {me.Role.DisplayName()} does not manage reviews of decision (R-095)."));

    private sealed class Joined
    {
        public required DecisionReview Review { get; init; }

        public required string FirstName { get; init; }

        public required string LastName { get; init; }

        public required string Site { get; init; }
    }

    private IQueryable<Joined> Scoped()
    {
        var viewer = me.Viewer;
        var query =
            from r in db.DecisionReviews.AsNoTracking()
            join c in db.Clients on r.ClientId equals c.Id
            join s in db.Sites on c.HomeSiteId equals s.Id
            select new { r, c, s };
        if (viewer.Role != StaffRole.NationalOffice)
        {
            var site = viewer.SiteId;
            var regions = viewer.ServedRegionIds.ToList();
            var remote = viewer.Role == StaffRole.CaseManager && viewer.Variant == CaseManagerVariant.RemoteClientServices;
            query = remote
                ? query
                : query.Where(x => x.c.HomeSiteId == site || regions.Contains(x.s.RegionId));
            // restricted records only to RCS case managers and the home site's manager.
            if (!remote && viewer.Role != StaffRole.ServiceCentreManager)
            {
                query = query.Where(x => !x.c.IsRestricted);
            }
            else if (viewer.Role == StaffRole.ServiceCentreManager)
            {
                query = query.Where(x => !x.c.IsRestricted || x.c.HomeSiteId == site);
            }
        }

        return query.Select(x => new Joined { Review = x.r, FirstName = x.c.FirstName, LastName = x.c.LastName, Site = x.s.Name });
    }

    private static ReviewRow Row(Joined x, DateOnly today) =>
        new(x.Review.Id, x.Review.ClientId.Value, $"{x.FirstName} {x.LastName}", x.Site, x.Review.Stage, x.Review.RequestedOn, x.Review.IsLate, x.Review.DueOn,
            x.Review.IsOverdue(today), x.Review.Outcome, x.Review.Outcome?.DisplayName());

    /// <summary>R-120: a list naming clients is a read, audited once with the clients it named.</summary>
    private Task AuditAsync(IReadOnlyList<ReviewRow> rows, string what, CancellationToken ct)
    {
        var clients = rows.Select(r => r.ClientId).Distinct().ToList();
        var named = TextLimits.Clip(string.Join(", ", clients), 900);
        return audit.RecordAsync(AuditAction.Read, "DecisionReviews", me.Id.ToString(), null, $"{what}: {rows.Count} reviews of {clients.Count} clients ({named})", false, ct);
    }
}
