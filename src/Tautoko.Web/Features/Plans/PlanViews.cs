using System.ComponentModel.DataAnnotations;
using Tautoko.Core.Plans;

namespace Tautoko.Web.Features.Plans;

public sealed record ActivityInput([Required] string? What, [Required] string? Who, [Required] DateOnly? DueOn);

public sealed record FinishActivityInput([Required] string? Status, [Required] string? Outcome);

public sealed record PlanActivityView(Guid Id, string What, string Who, DateOnly DueOn, string Status, string? Outcome, DateOnly? FinishedOn, bool Overdue);

public sealed record PlanView(Guid Id, Guid ClientId, DateOnly CreatedOn, bool Open, bool Quality, int Version, IReadOnlyList<PlanActivityView> Activities, string? HandedOverTo = null, DateTimeOffset? HandedOverAt = null);

/// <summary>A client's plans: the open one (if any) and the earlier, closed ones, newest first.</summary>
public sealed record ClientPlans(PlanView? Current, IReadOnlyList<PlanView> Earlier);

/// <summary>R-062 and R-063 for a case manager, site and period.</summary>
public sealed record IepMeasuresView(DateOnly From, DateOnly To, Guid? CaseManagerId, Guid? SiteId, IepMeasure WithinTenDays, IepMeasure Quality);
