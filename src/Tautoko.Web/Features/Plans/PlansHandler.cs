using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Audit;
using Tautoko.Core.Calendar;
using Tautoko.Core.Common;
using Tautoko.Core.Plans;
using Tautoko.Data;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Plans;

/// <summary>A client's Individual Employment Plan: read it, start one, add activities, finish them .</summary>
public sealed class PlansHandler(TautokoDbContext db, CurrentStaff staff, ClientAccess access, AuditLog audit, TimeProvider clock)
{
    public async Task<Outcome<ClientPlans>> GetAsync(ClientId id, CancellationToken ct)
    {
        var check = await access.CheckAsync(id, ClientOperation.Read, ct);
        if (check.Refusal(id) is { } refusal)
        {
            return refusal;
        }

        var plans = await db.IndividualEmploymentPlans.AsNoTracking().Include(p => p.Activities)
            .Where(p => p.ClientId == id).OrderByDescending(p => p.CreatedAt).ToListAsync(ct);
        var district = await DistrictAsync(id, ct);
        var today = DateDisplay.TodayInAuckland(clock);
        audit.Add(AuditAction.Read, "IndividualEmploymentPlan", null, id, $"{plans.Count} plan(s) read", check.ViaBreakGlass);
        await db.SaveChangesAsync(ct);
        var views = plans.Select(p => View(p, today, district)).ToList();
        return new ClientPlans(views.FirstOrDefault(v => v.Open), views.Where(v => !v.Open).ToList());
    }

    public async Task<Outcome<PlanView>> StartAsync(ClientId id, CancellationToken ct)
    {
        var check = await access.CheckAsync(id, ClientOperation.Edit, ct);
        if (check.Refusal(id) is { } refusal)
        {
            return refusal;
        }

        if (await db.IndividualEmploymentPlans.AnyAsync(p => p.ClientId == id && p.ClosedAt == null, ct))
        {
            return Failure.Broken(new DomainError("iep-one-open", "The client already has an open Individual Employment Plan: add activities to it."));
        }

        var now = clock.GetUtcNow();
        var plan = new IndividualEmploymentPlan(Guid.CreateVersion7(), id, DateDisplay.TodayInAuckland(clock), now, staff.Id);
        db.IndividualEmploymentPlans.Add(plan);
        audit.Add(AuditAction.Create, "IndividualEmploymentPlan", plan.Id.ToString(), id, "IEP started", check.ViaBreakGlass);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.Refused(Data.Configurations.IndividualEmploymentPlanConfiguration.OneOpenPlanPerClient))
        {
            return Failure.Conflict(new DomainError("iep-one-open", "Someone else started an Individual Employment Plan for this client just now."), "Plan already open");
        }

        return View(plan, DateDisplay.TodayInAuckland(clock), await DistrictAsync(id, ct));
    }

    public async Task<Outcome<PlanView>> AddActivityAsync(ClientId id, ActivityInput input, CancellationToken ct)
    {
        var check = await access.CheckAsync(id, ClientOperation.Edit, ct);
        if (check.Refusal(id) is { } refusal)
        {
            return refusal;
        }

        var problems = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(input.What) || input.What.Trim().Length > PlanActivity.MaxText)
        {
            problems["what"] = [$"Say what the activity is (up to {PlanActivity.MaxText} characters)."];
        }

        if (string.IsNullOrWhiteSpace(input.Who) || input.Who.Trim().Length > PlanActivity.MaxText)
        {
            problems["who"] = [$"Say who does the activity (up to {PlanActivity.MaxText} characters)."];
        }

        var today = DateDisplay.TodayInAuckland(clock);
        if (input.DueOn is not { } due || due < today || due > today.AddYears(2))
        {
            problems["dueOn"] = ["The due date is from today up to two years ahead."];
        }

        if (problems.Count > 0)
        {
            return Failure.Invalid(problems);
        }

        var plan = await db.IndividualEmploymentPlans.Include(p => p.Activities).SingleOrDefaultAsync(p => p.ClientId == id && p.ClosedAt == null, ct);
        if (plan is null)
        {
            return Failure.Broken(new DomainError("iep-none-open", "The client has no open Individual Employment Plan: start one first."));
        }

        var activity = plan.AddActivity(Guid.CreateVersion7(), input.What!, input.Who!, input.DueOn!.Value, clock.GetUtcNow());
        db.PlanActivities.Add(activity);
        audit.Add(AuditAction.Update, "IndividualEmploymentPlan", plan.Id.ToString(), id, $"IEP activity added: {activity.What}", check.ViaBreakGlass);
        return await SaveAsync(plan, id, today, ct);
    }

    public async Task<Outcome<PlanView>> FinishActivityAsync(ClientId id, Guid activityId, FinishActivityInput input, CancellationToken ct)
    {
        var check = await access.CheckAsync(id, ClientOperation.Edit, ct);
        if (check.Refusal(id) is { } refusal)
        {
            return refusal;
        }

        var plan = await db.IndividualEmploymentPlans.Include(p => p.Activities)
            .SingleOrDefaultAsync(p => p.ClientId == id && p.Activities.Any(a => a.Id == activityId), ct);
        if (plan is null)
        {
            return Failure.NotFound($"Client {id.Value} has no IEP activity {activityId}.", "Activity not found");
        }

        PlanActivityStatus? status = input.Status?.Trim().ToLowerInvariant() switch
        {
            "done" => PlanActivityStatus.Done,
            "cancelled" => PlanActivityStatus.Cancelled,
            _ => null,
        };
        if (status is null)
        {
            return Failure.Invalid("status", "status is done or cancelled.");
        }

        if (string.IsNullOrWhiteSpace(input.Outcome) || input.Outcome.Trim().Length > PlanActivity.MaxText)
        {
            return Failure.Invalid("outcome", $"Record the outcome (up to {PlanActivity.MaxText} characters).");
        }

        var activity = plan.Activities.Single(a => a.Id == activityId);
        if (activity.WhyNotFinish(status.Value, input.Outcome) is { } error)
        {
            return Failure.Broken(error);
        }

        var today = DateDisplay.TodayInAuckland(clock);
        plan.Finish(activityId, status.Value, input.Outcome, today, clock.GetUtcNow());
        audit.Add(AuditAction.Update, "IndividualEmploymentPlan", plan.Id.ToString(), id, $"IEP activity {status.Value.ToString().ToLowerInvariant()}: {activity.What}", check.ViaBreakGlass);
        return await SaveAsync(plan, id, today, ct);
    }

    private async Task<Outcome<PlanView>> SaveAsync(IndividualEmploymentPlan plan, ClientId id, DateOnly today, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Conflict(new DomainError("iep-changed", "Someone else changed this plan just now: read it again."), "Plan changed");
        }

        return View(plan, today, await DistrictAsync(id, ct));
    }

    private async Task<AnniversaryDistrict?> DistrictAsync(ClientId id, CancellationToken ct) =>
        await db.Clients.AsNoTracking().Where(c => c.Id == id)
            .Join(db.Sites.AsNoTracking(), c => c.HomeSiteId, s => s.Id, (_, s) => (AnniversaryDistrict?)s.District).FirstOrDefaultAsync(ct);

    internal static PlanView View(IndividualEmploymentPlan plan, DateOnly today, AnniversaryDistrict? district) =>
        new(plan.Id, plan.ClientId.Value, plan.CreatedOn, plan.IsOpen, IepMeasures.IsQuality(plan, today, district), plan.Version,
            plan.Activities.OrderBy(a => a.DueOn).Select(a => new PlanActivityView(a.Id, a.What, a.Who, a.DueOn, a.Status.ToString().ToLowerInvariant(), a.Outcome, a.FinishedOn, IepMeasures.IsOverdue(a, today, district))).ToList(),
            plan.HandedOverTo, plan.HandedOverAt);
}
