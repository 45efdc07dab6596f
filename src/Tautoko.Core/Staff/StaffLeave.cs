namespace Tautoko.Core.Staff;

public enum LeaveKind
{
    Planned = 0,
    Unplanned = 1,
}

/// <summary>A stretch of leave; while it runs the buddy covers .</summary>
public sealed class StaffLeave
{
    private StaffLeave()
    {
    }

    public StaffLeave(Guid id, DateOnly from, DateOnly to, LeaveKind kind, string? note)
    {
        if (to < from)
        {
            throw new ArgumentException("Leave cannot end before it starts.", nameof(to));
        }

        Id = id;
        From = from;
        To = to;
        Kind = kind;
        Note = note;
    }

    public Guid Id { get; private set; }

    public DateOnly From { get; private set; }

    public DateOnly To { get; private set; }

    public LeaveKind Kind { get; private set; }

    public string? Note { get; private set; }

    public bool Covers(DateOnly date) => date >= From && date <= To;
}
