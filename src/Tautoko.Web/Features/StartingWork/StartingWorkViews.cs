using System.ComponentModel.DataAnnotations;

namespace Tautoko.Web.Features.StartingWork;

/// <summary>A client's exit into work: date started, employer, hours a week, full or part time (fullTime, partTime), weekly pay (NZD, optional).</summary>
public sealed record WorkStartInput([Required] DateOnly? StartedOn, [Required] string? EmployerName, [Required] decimal? HoursPerWeek, [Required] string? Hours, decimal? WeeklyPay);

/// <summary>Newly declared part-time earnings: NZD a week, from a date.</summary>
public sealed record PartTimeEarningInput([Required] decimal? WeeklyAmount, [Required] DateOnly? FromOn);

/// <summary>R-065: one support for a work start: offered, agreed or declined, on a date; the follow-up defaults when not given.</summary>
public sealed record WorkSupportInput([Required] string? Support, [Required] string? Decision, [Required] DateOnly? DecidedOn, DateOnly? FollowUpDueOn);

public sealed record WorkSupportView(string Support, string Name, string Decision, DateOnly DecidedOn, DateOnly FollowUpDueOn);

public sealed record WorkStartView(Guid Id, Guid ClientId, DateOnly StartedOn, string EmployerName, decimal HoursPerWeek, string Hours, decimal? WeeklyPay, Guid? CaseManagerId, Guid SiteId, IReadOnlyList<WorkSupportView> Supports);

public sealed record PartTimeEarningView(Guid Id, Guid ClientId, decimal WeeklyAmount, DateOnly FromOn, Guid? CaseManagerId, Guid SiteId);

/// <summary>The supports the seed names, for forms: value and name.</summary>
public sealed record SupportOption(string Support, string Name);

/// <summary>A client's exits into work (newest first) with the supports offered for each, and their declared part-time earnings.</summary>
public sealed record ClientStartingWork(Guid ClientId, IReadOnlyList<WorkStartView> WorkStarts, IReadOnlyList<PartTimeEarningView> PartTimeEarnings, IReadOnlyList<SupportOption> Supports, int DefaultFollowUpWorkingDays);

/// <summary>A count for a seed 002 monitor measure.</summary>
public sealed record OutcomeCount(string Name, int Clients, int Records);

public sealed record CaseManagerOutcomes(Guid CaseManagerId, int WorkExits, int PartTimeEarnings);

/// <summary>Seed 002 "work exits" and "part-time earnings" (monitor measures) for a case manager or site over a period, with the case managers' counts.</summary>
public sealed record EmploymentOutcomeMeasuresView(DateOnly From, DateOnly To, Guid? CaseManagerId, Guid? SiteId, OutcomeCount WorkExits, OutcomeCount PartTimeEarnings, IReadOnlyList<CaseManagerOutcomes> ByCaseManager);
