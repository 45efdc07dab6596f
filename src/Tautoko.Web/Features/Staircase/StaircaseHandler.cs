using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Assessments;
using Tautoko.Core.Audit;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Common;
using Tautoko.Core.Plans;
using Tautoko.Data;
using Tautoko.Data.Configurations;
using Tautoko.Data.Filters;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Staircase;

/// <summary>
/// A client's staircasing plan (R-117, seed 004 §2.4): read it (audited; a linked Navigator reads, R-120), start one from the
/// most pressing need, add milestones by Te Whare Tapa Whā domain, celebrate achieved ones, record setbacks beside the
/// progress, and close it. Changes need <see cref="ClientOperation.Edit"/> on the client.
/// </summary>
public sealed class StaircaseHandler(TautokoDbContext db, CurrentStaff staff, ClientAccess access, AuditLog audit, TimeProvider clock)
{
    public async Task<Outcome<ClientStaircase>> GetAsync(ClientId id, CancellationToken ct)
    {
        var check = await access.CheckAsync(id, ClientOperation.Read, ct);
        if (check.Refusal(id) is { } refusal)
        {
            return refusal;
        }

        var plans = await db.StaircasePlans.AsNoTracking().AsSplitQuery().Include(p => p.Milestones).Include(p => p.Setbacks)
            .Where(p => p.ClientId == id).ToListAsync(ct);
        var inIcs = await InIcsServiceAsync(id, ct);
        var active = plans.SingleOrDefault(p => p.IsActive);
        audit.Add(AuditAction.Read, "StaircasePlan", active?.Id.ToString(), id,
            $"{plans.Count} staircasing plan(s) read ({active?.Milestones.Count ?? 0} milestone(s), {active?.Setbacks.Count ?? 0} setback(s) on the active one)", check.ViaBreakGlass);
        await db.SaveChangesAsync(ct);
        return new ClientStaircase(id.Value, inIcs, active is null ? null : StaircaseProjection.View(active),
            [.. plans.Where(p => !p.IsActive).OrderByDescending(p => p.StartedAt).Select(StaircaseProjection.View)]);
    }

    public async Task<Outcome<StaircaseView>> StartAsync(ClientId id, StartStaircaseInput input, CancellationToken ct)
    {
        var check = await access.CheckAsync(id, ClientOperation.Edit, ct);
        if (check.Refusal(id) is { } refusal)
        {
            return refusal;
        }

        var problems = new Dictionary<string, string[]>();
        if (StaircasePlan.WhyNotText(input.MostPressingNeed, "the client's most pressing need") is { } need)
        {
            problems["mostPressingNeed"] = [need];
        }

        var domain = BeutFactors.ParseDomain(input.NeedDomain);
        if (domain is null)
        {
            problems["needDomain"] = [DomainProblem];
        }

        var goal = StaircaseNames.ParseGoal(input.Goal);
        if (goal is null)
        {
            problems["goal"] = ["goal is work or study."];
        }

        if (problems.Count > 0)
        {
            return Failure.Invalid(problems);
        }

        var hasActive = await db.StaircasePlans.AnyAsync(p => p.ClientId == id && p.ClosedAt == null, ct);
        if (StaircasePlan.WhyNotStart(await InIcsServiceAsync(id, ct), hasActive) is { } error)
        {
            return Failure.Broken(error);
        }

        var plan = StaircasePlan.Start(Guid.CreateVersion7(), id, input.MostPressingNeed!, domain!.Value, goal!.Value, DateDisplay.TodayInAuckland(clock), clock.GetUtcNow(), staff.Id);
        db.StaircasePlans.Add(plan);
        audit.Add(AuditAction.Create, "StaircasePlan", plan.Id.ToString(), id, $"Staircasing plan started towards {plan.Goal.Code()}", check.ViaBreakGlass);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.Refused(StaircasePlanConfiguration.OneActivePlanPerClient))
        {
            return Failure.Conflict(new DomainError(StaircasePlan.Rule, "Someone else started a staircasing plan for this client just now."), "Plan already active");
        }

        return StaircaseProjection.View(plan);
    }

    public async Task<Outcome<StaircaseView>> AddMilestoneAsync(ClientId id, MilestoneInput input, CancellationToken ct)
    {
        var problems = new Dictionary<string, string[]>();
        var domain = BeutFactors.ParseDomain(input.Domain);
        if (domain is null)
        {
            problems["domain"] = [DomainProblem];
        }

        if (StaircasePlan.WhyNotText(input.What, "what the milestone is") is { } what)
        {
            problems["what"] = [what];
        }

        var today = DateDisplay.TodayInAuckland(clock);
        if (input.TargetOn is { } target && (target < today || target > today.AddYears(2)))
        {
            problems["targetOn"] = ["The target date is from today up to two years ahead."];
        }

        return await ChangeAsync(id, problems, (plan, now) =>
        {
            var milestone = plan.AddMilestone(Guid.CreateVersion7(), domain!.Value, input.What!, input.TargetOn, now, staff.Id);
            db.StaircaseMilestones.Add(milestone);
            return $"Milestone {milestone.Step} added ({milestone.Domain.DisplayName()}): {milestone.What}";
        }, ct);
    }

    public async Task<Outcome<StaircaseView>> AchieveAsync(ClientId id, Guid milestoneId, AchieveInput input, CancellationToken ct)
    {
        var problems = new Dictionary<string, string[]>();
        var today = DateDisplay.TodayInAuckland(clock);
        if (input.AchievedOn is not { } on)
        {
            problems["achievedOn"] = ["Say the day the milestone was achieved."];
        }
        else if (PlausibleDates.WhyNotHappened(on, today) is { } problem)
        {
            problems["achievedOn"] = [problem];
        }

        if (input.Note is { } note && note.Trim().Length > StaircasePlan.MaxText)
        {
            problems["note"] = [$"The note takes up to {StaircasePlan.MaxText} characters."];
        }

        return await ChangeAsync(id, problems, (plan, now) =>
        {
            var milestone = plan.Milestones.SingleOrDefault(m => m.Id == milestoneId);
            if (milestone is null)
            {
                return Failure.NotFound($"The client's active staircasing plan has no milestone {milestoneId}.", "Milestone not found");
            }

            if ((plan.WhyNotChange() ?? milestone.WhyNotAchieve(input.AchievedOn!.Value, plan.StartedOn)) is { } error)
            {
                return Failure.Broken(error);
            }

            plan.Achieve(milestoneId, input.AchievedOn!.Value, input.Note, now, staff.Id);
            return $"Milestone {milestone.Step} achieved on {milestone.AchievedOn:yyyy-MM-dd}: {milestone.What}";
        }, ct);
    }

    public async Task<Outcome<StaircaseView>> RecordSetbackAsync(ClientId id, SetbackInput input, CancellationToken ct)
    {
        var problems = new Dictionary<string, string[]>();
        var kind = StaircaseNames.ParseSetback(input.Kind);
        if (kind is null)
        {
            problems["kind"] = ["kind is relapse, returnToPrison, healthDecline or other."];
        }

        var today = DateDisplay.TodayInAuckland(clock);
        if (input.OccurredOn is not { } on)
        {
            problems["occurredOn"] = ["Say the day the setback happened."];
        }
        else if (PlausibleDates.WhyNotHappened(on, today) is { } problem)
        {
            problems["occurredOn"] = [problem];
        }

        if (StaircasePlan.WhyNotText(input.Note, "what happened") is { } note)
        {
            problems["note"] = [note];
        }

        return await ChangeAsync(id, problems, (plan, now) =>
        {
            var setback = plan.RecordSetback(Guid.CreateVersion7(), kind!.Value, input.OccurredOn!.Value, input.Note!, now, staff.Id);
            db.StaircaseSetbacks.Add(setback);
            return $"Setback recorded ({setback.Kind.DisplayName()}, {setback.OccurredOn:yyyy-MM-dd}); {plan.Achievements.Count} achievement(s) kept";
        }, ct);
    }

    public async Task<Outcome<StaircaseView>> CloseAsync(ClientId id, CloseStaircaseInput input, CancellationToken ct)
    {
        var problems = new Dictionary<string, string[]>();
        if (StaircasePlan.WhyNotText(input.Reason, "why the plan is closed") is { } reason)
        {
            problems["reason"] = [reason];
        }

        return await ChangeAsync(id, problems, (plan, now) =>
        {
            plan.Close(input.Reason!, now, staff.Id);
            return $"Staircasing plan closed: {plan.ClosedReason}";
        }, ct);
    }

    private const string DomainProblem = "The domain is tahaTinana, tahaHinengaro, tahaWhanau, tahaWairua or other.";

    /// <summary>
    /// The shape every change shares: Edit access, the input's problems (400), the client's active plan (422 when none), the
    /// change (a failure, or the audit line), one save; a concurrent change of the same plan is a 409.
    /// </summary>
    private async Task<Outcome<StaircaseView>> ChangeAsync(ClientId id, Dictionary<string, string[]> problems, Func<StaircasePlan, DateTimeOffset, Outcome<string>> change, CancellationToken ct)
    {
        var check = await access.CheckAsync(id, ClientOperation.Edit, ct);
        if (check.Refusal(id) is { } refusal)
        {
            return refusal;
        }

        if (problems.Count > 0)
        {
            return Failure.Invalid(problems);
        }

        var plan = await db.StaircasePlans.AsSplitQuery().Include(p => p.Milestones).Include(p => p.Setbacks)
            .SingleOrDefaultAsync(p => p.ClientId == id && p.ClosedAt == null, ct);
        if (plan is null)
        {
            return Failure.Broken(new DomainError(StaircasePlan.Rule, "The client has no active staircasing plan: start one first."));
        }

        var done = change(plan, clock.GetUtcNow());
        if (done.Failure is { } failure)
        {
            return failure;
        }

        audit.Add(AuditAction.Update, "StaircasePlan", plan.Id.ToString(), id, done.Value!, check.ViaBreakGlass);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Conflict(new DomainError(StaircasePlan.Rule, "Someone else changed this staircasing plan just now: read it again."), "Plan changed");
        }

        return StaircaseProjection.View(plan);
    }

    private Task<bool> InIcsServiceAsync(ClientId id, CancellationToken ct) =>
        db.Placements.AsNoTracking().Open().AnyAsync(p => p.ClientId == id && p.Service == CaseManagementService.IntensiveClientSupport, ct);
}
