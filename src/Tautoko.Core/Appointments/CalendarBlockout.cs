using Tautoko.Core.Common;

namespace Tautoko.Core.Appointments;

/// <summary>R-046: why a case manager blocks time out of their calendar (leave is recorded on the staff member).</summary>
public enum BlockoutReason
{
    NonWorkingHours = 0,
    Meeting = 1,
    Administration = 2,
    Training = 3,
    Unavailable = 4,
}

/// <summary>R-046: time a case manager is not available for appointments, with the reason noted.</summary>
public sealed class CalendarBlockout
{
    private CalendarBlockout()
    {
        Note = string.Empty;
    }

    public CalendarBlockout(Guid id, StaffId staffId, DateTimeOffset from, DateTimeOffset to, BlockoutReason reason, string note, StaffId createdById, DateTimeOffset createdAt)
        : this()
    {
        if (to <= from)
        {
            throw new DomainException(new DomainError("R-046", "A block-out ends after it starts."));
        }

        if (string.IsNullOrWhiteSpace(note))
        {
            throw new DomainException(new DomainError("R-046", "Note the reason for the time blocked out (e.g. the meeting)."));
        }

        if (note.Length > 500)
        {
            throw new DomainException(new DomainError("R-046", "The note is at most 500 characters."));
        }

        Id = id;
        StaffId = staffId;
        From = from.ToUniversalTime();
        To = to.ToUniversalTime();
        Reason = reason;
        Note = note.Trim();
        CreatedById = createdById;
        CreatedAt = createdAt.ToUniversalTime();
    }

    public Guid Id { get; private set; }

    public StaffId StaffId { get; private set; }

    public DateTimeOffset From { get; private set; }

    public DateTimeOffset To { get; private set; }

    public BlockoutReason Reason { get; private set; }

    public string Note { get; private set; }

    public StaffId CreatedById { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public bool Overlaps(DateTimeOffset start, DateTimeOffset end) => From < end && start < To;
}

public static class BlockoutNames
{
    public static string DisplayName(this BlockoutReason reason) => reason switch
    {
        BlockoutReason.NonWorkingHours => "Hours not worked",
        BlockoutReason.Meeting => "Meeting",
        BlockoutReason.Administration => "Administration",
        BlockoutReason.Training => "Training",
        BlockoutReason.Unavailable => "Unavailable",
    };

    public static string DisplayName(this CalendarBlockKind kind) => kind switch
    {
        CalendarBlockKind.ProactiveAppointments => "Proactive appointments",
        CalendarBlockKind.ReactiveAppointments => "Reactive appointments",
        CalendarBlockKind.Break => "Break",
        CalendarBlockKind.Admin => "Admin",
        CalendarBlockKind.StaffBrief => "Staff brief",
        CalendarBlockKind.NotWorking => "Not working",
    };
}
