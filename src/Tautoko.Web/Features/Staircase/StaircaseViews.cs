using System.ComponentModel.DataAnnotations;
using Tautoko.Core.Assessments;
using Tautoko.Core.Plans;

namespace Tautoko.Web.Features.Staircase;

/// <summary>Start a staircase: the client's most pressing need, its Te Whare Tapa Whā domain (tahaTinana, tahaHinengaro, tahaWhanau, tahaWairua, other) and the goal (work or study).</summary>
public sealed record StartStaircaseInput([Required] string? MostPressingNeed, [Required] string? NeedDomain, [Required] string? Goal);

/// <summary>A milestone: its domain, what it is, and optionally the day it is aimed for (today up to two years ahead).</summary>
public sealed record MilestoneInput([Required] string? Domain, [Required] string? What, DateOnly? TargetOn);

/// <summary>A milestone achieved: on which day (not in the future, not before the plan started) and an optional note.</summary>
public sealed record AchieveInput([Required] DateOnly? AchievedOn, string? Note);

/// <summary>A setback: kind (relapse, returnToPrison, healthDecline, other), when it happened and what happened.</summary>
public sealed record SetbackInput([Required] string? Kind, [Required] DateOnly? OccurredOn, [Required] string? Note);

/// <summary>Closing the active plan (goal reached, client left ICS), with the reason; its history stays.</summary>
public sealed record CloseStaircaseInput([Required] string? Reason);

public sealed record MilestoneView(Guid Id, int Step, string Domain, string DomainName, string What, DateOnly? TargetOn, bool Achieved, DateOnly? AchievedOn, string? AchievementNote);

public sealed record SetbackView(Guid Id, string Kind, string KindName, DateOnly OccurredOn, string Note, DateTimeOffset RecordedAt);

/// <summary>The milestones of one Te Whare Tapa Whā domain, in pathway order, and how many are achieved.</summary>
public sealed record DomainGroup(string Domain, string Name, int Achieved, IReadOnlyList<MilestoneView> Milestones);

/// <summary>
/// One staircasing plan: where it starts (the most pressing need) and leads (work or study), the milestones grouped by domain,
/// the achievements (achieved milestones, oldest first) and the setbacks (oldest first), both kept whatever happens later.
/// </summary>
public sealed record StaircaseView(Guid Id, Guid ClientId, string MostPressingNeed, string NeedDomain, string Goal, DateOnly StartedOn, bool Active,
    DateTimeOffset? ClosedAt, string? ClosedReason, int Version, IReadOnlyList<DomainGroup> Domains, IReadOnlyList<MilestoneView> Achievements,
    IReadOnlyList<SetbackView> Setbacks, IReadOnlyList<MilestoneView> Pathway);

/// <summary>A client's staircasing plans: the active one (or null) and the earlier, closed ones, newest first.</summary>
public sealed record ClientStaircase(Guid ClientId, bool InIcsService, StaircaseView? Active, IReadOnlyList<StaircaseView> Earlier);

/// <summary>What the API and the page show of a plan: the pathway in step order, grouped by domain, achievements and setbacks oldest first.</summary>
internal static class StaircaseProjection
{
    internal static StaircaseView View(StaircasePlan plan)
    {
        var pathway = plan.Milestones.OrderBy(m => m.Step).Select(View).ToList();
        var domains = Enum.GetValues<WellbeingDomain>()
            .Select(d => new DomainGroup(d.Code(), d.DisplayName(), pathway.Count(m => m.Domain == d.Code() && m.Achieved), [.. pathway.Where(m => m.Domain == d.Code())]))
            .ToList();
        return new StaircaseView(plan.Id, plan.ClientId.Value, plan.MostPressingNeed, plan.NeedDomain.Code(), plan.Goal.Code(), plan.StartedOn, plan.IsActive,
            plan.ClosedAt, plan.ClosedReason, plan.Version, domains, [.. plan.Achievements.Select(View)],
            [.. plan.Setbacks.OrderBy(s => s.OccurredOn).ThenBy(s => s.RecordedAt).Select(s => new SetbackView(s.Id, s.Kind.Code(), s.Kind.DisplayName(), s.OccurredOn, s.Note, s.RecordedAt))],
            pathway);
    }

    public static MilestoneView View(StaircaseMilestone m) =>
        new(m.Id, m.Step, m.Domain.Code(), m.Domain.DisplayName(), m.What, m.TargetOn, m.IsAchieved, m.AchievedOn, m.AchievementNote);
}
