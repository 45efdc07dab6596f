using System.ComponentModel.DataAnnotations;
using Tautoko.Core.Complaints;

namespace Tautoko.Web.Features.Complaints;

/// <summary>A complaint about a staff member's behaviour as it is received: who it names, who complained (optional), when, how, what.</summary>
public sealed record ComplaintInput([Required] Guid? StaffId, Guid? ClientId, [Required] DateOnly? ReceivedOn, [Required] ComplaintChannel? Channel, [Required] string? Description);

/// <summary>One of Table Eight's nine outcomes, a note, and the version of the complaint read.</summary>
public sealed record ComplaintOutcomeInput([Required] ComplaintOutcome? Outcome, string? Note, [Required] int? Version);

/// <summary>What the person who recorded a complaint learns: its id. They see it only if they are one of those who handle it.</summary>
public sealed record ComplaintRecorded(Guid Id, string Message);

public sealed record ComplaintOutcomeOption(ComplaintOutcome Outcome, string SeedText, bool RefersToReviewOfDecision);

public sealed record ComplaintView(
    Guid Id,
    Guid StaffId,
    string Staff,
    Guid SiteId,
    string Site,
    Guid? ClientId,
    string? Client,
    DateOnly ReceivedOn,
    ComplaintChannel Channel,
    string Description,
    string RecordedBy,
    DateTimeOffset RecordedAt,
    ComplaintStatus Status,
    ComplaintOutcome? Outcome,
    string? OutcomeText,
    string? OutcomeNote,
    string? ClosedBy,
    DateTimeOffset? ClosedAt,
    int DaysOpen,
    int Version);

/// <summary>Filters of the complaints register; all optional.</summary>
public sealed record ComplaintFilter(ComplaintStatus? Status, Guid? SiteId, Guid? StaffId, ComplaintOutcome? Outcome, DateOnly? From, DateOnly? To);

/// <summary>A staff member in a form's drop-down.</summary>
public sealed record StaffOption(Guid Id, string Name);
