using Tautoko.Core.Appointments;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Common;
using Tautoko.Core.Plans;
using Tautoko.Core.Vacancies;

namespace Tautoko.Core.Measures;

/// <summary>A caseload placement as the measures read it (days are New Zealand local days).</summary>
public sealed record PlacementFact(Guid Id, SiteId SiteId, StaffId CaseManagerId, CaseManagementService Service, DateOnly StartedOn, DateOnly? EndedOn, PlacementSource Source);

/// <summary>An appointment as the measures read it: its local day, and the day it was resulted and by whom.</summary>
public sealed record AppointmentFact(Guid Id, SiteId SiteId, StaffId StaffId, DateOnly Day, AppointmentType Type, AppointmentChannel Channel, AppointmentStatus Status, DateOnly? ResultedOn, StaffId? ResultedById);

/// <summary>A completed work-queue task (a client event completed in a CMS work queue).</summary>
public sealed record CompletedTaskFact(Guid Id, SiteId SiteId, DateOnly CompletedOn, StaffId CompletedById);

/// <summary>An individual employment plan: when it was made, whether it is closed, and its activities.</summary>
public sealed record PlanFact(Guid Id, DateOnly CreatedOn, bool Closed, IReadOnlyList<(DateOnly DueOn, PlanActivityStatus Status)> Activities);

/// <summary>A work start or declared part-time earnings: the day, the site, and the case manager when the client was case managed.</summary>
public sealed record EmploymentOutcomeFact(Guid Id, SiteId SiteId, StaffId? CaseManagerId, DateOnly On);

/// <summary>A referral and the stages it reached.</summary>
public sealed record ReferralFact(
    Guid Id, ReferralKind Kind, SiteId SiteId, StaffId ReferredBy, DateOnly ReferredOn, DateOnly? AcceptedOn, DateOnly? DeclinedOn, DateOnly? InterviewedOn,
    DateOnly? FilledOn, DateOnly? ParticipatedOn, DateOnly? CompletedOn, ProgrammeOutcome? OutcomeCode);

/// <summary>Everything about one client the measures count from.</summary>
public sealed record ClientMeasureHistory(
    ClientId ClientId,
    IReadOnlyList<PlacementFact> Placements,
    IReadOnlyList<AppointmentFact> Appointments,
    IReadOnlyList<CompletedTaskFact> CompletedTasks,
    IReadOnlyList<PlanFact> Plans,
    IReadOnlyList<EmploymentOutcomeFact> WorkStarts,
    IReadOnlyList<EmploymentOutcomeFact> PartTimeEarnings,
    IReadOnlyList<ReferralFact> Referrals);
