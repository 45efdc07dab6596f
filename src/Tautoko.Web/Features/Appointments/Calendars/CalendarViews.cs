using Tautoko.Core.Appointments;
using Tautoko.Core.Staff;

namespace Tautoko.Web.Features.Appointments.Calendars;

public sealed record BlockView(int Index, DayOfWeek Day, TimeOnly Start, TimeOnly End, CalendarBlockKind Kind, string KindName, int SlotMinutes);

public sealed record FindingView(string Rule, DayOfWeek? Day, FindingSeverity Severity, string Message)
{
    public static FindingView Of(CalendarFinding finding) => new(finding.Rule, finding.Day, finding.Severity, finding.Message);
}

public sealed record BlockoutView(Guid Id, DateTimeOffset From, DateTimeOffset To, BlockoutReason Reason, string ReasonName, string Note);

public sealed record LeaveEntry(DateOnly From, DateOnly To, LeaveKind Kind, string? Note);

public sealed record CalendarView(
    Guid StaffId,
    string StaffName,
    string Role,
    CaseManagerVariant Variant,
    Guid SiteId,
    string Site,
    bool Exists,
    string? TemplateName,
    IReadOnlyList<BlockView> Blocks,
    int BufferMinutes,
    bool IsLocked,
    string? LockedReason,
    DateOnly? ReviewedOn,
    DateOnly? ReviewDue,
    IReadOnlyList<FindingView> Findings,
    IReadOnlyList<BlockoutView> Blockouts,
    IReadOnlyList<LeaveEntry> Leave,
    bool CanEdit,
    bool CanReview,
    int Version);
