using Tautoko.Core.Common;

namespace Tautoko.Core.Appointments;

public enum CalendarBlockKind
{
    ProactiveAppointments = 0,
    ReactiveAppointments = 1,
    Break = 2,
    Admin = 3,
    StaffBrief = 4,
    NotWorking = 5,
}

/// <summary>A stretch of a weekday in a calendar template; appointment blocks are cut into slots of <see cref="SlotMinutes"/>.</summary>
public sealed record CalendarBlock(DayOfWeek Day, TimeOnly Start, TimeOnly End, CalendarBlockKind Kind, int SlotMinutes)
{
    public bool IsAppointments => Kind is CalendarBlockKind.ProactiveAppointments or CalendarBlockKind.ReactiveAppointments;

    public int Minutes => (int)(End - Start).TotalMinutes;

    public bool Overlaps(CalendarBlock other) => Day == other.Day && Start < other.End && other.Start < End;
}

/// <summary>
/// A case manager's calendar (003 "Calendars and appointment availability"): a weekly template of
/// appointment, break, admin and staff-brief blocks, an optional buffer between appointments, and
/// when a manager last reviewed it. Slots are made from it by <see cref="SlotPlanner"/>.
/// </summary>
public sealed class CaseManagerCalendar
{
    public const int MaxBufferMinutes = 30;

    private readonly List<CalendarBlock> _blocks = [];

    private CaseManagerCalendar()
    {
        TemplateName = string.Empty;
    }

    public CaseManagerCalendar(Guid id, StaffId staffId, SiteId siteId, string templateName, IEnumerable<CalendarBlock> blocks, int bufferMinutes, DateTimeOffset now)
        : this()
    {
        Id = id;
        StaffId = staffId;
        SiteId = siteId;
        SetBlocks(templateName, blocks);
        SetBufferValue(bufferMinutes);
        UpdatedAt = now.ToUniversalTime();
        Version = 1;
    }

    public Guid Id { get; private set; }

    public StaffId StaffId { get; private set; }

    public SiteId SiteId { get; private set; }

    /// <summary>The national template it was made from, or "Custom" once edited.</summary>
    public string TemplateName { get; private set; }

    public IReadOnlyList<CalendarBlock> Blocks => _blocks;

    /// <summary>Minutes kept free after each appointment (0 for none).</summary>
    public int BufferMinutes { get; private set; }

    /// <summary>R-043: calendars are open for contact centre and site bookings; a locked one is refused and flagged.</summary>
    public bool IsLocked { get; private set; }

    public string? LockedReason { get; private set; }

    /// <summary>R-044: when a manager last reviewed the set-up (at least every 3 months).</summary>
    public DateOnly? ReviewedOn { get; private set; }

    public StaffId? ReviewedById { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public int Version { get; private set; }

    public IEnumerable<CalendarBlock> BlocksOn(DayOfWeek day) => _blocks.Where(b => b.Day == day).OrderBy(b => b.Start);

    public void ReplaceBlocks(string templateName, IEnumerable<CalendarBlock> blocks, DateTimeOffset now)
    {
        SetBlocks(templateName, blocks);
        Touch(now);
    }

    public void AddBlock(CalendarBlock block, DateTimeOffset now)
    {
        SetBlocks("Custom", [.. _blocks, block]);
        Touch(now);
    }

    public void RemoveBlock(CalendarBlock block, DateTimeOffset now)
    {
        if (!_blocks.Contains(block))
        {
            throw new DomainException(new DomainError("calendar-block", "That block is not in the calendar."));
        }

        SetBlocks("Custom", _blocks.Where(b => b != block));
        Touch(now);
    }

    public void SetBuffer(int minutes, DateTimeOffset now)
    {
        SetBufferValue(minutes);
        Touch(now);
    }

    public void Lock(string reason, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException(new DomainError("R-043", "Say why the calendar is closed to bookings."));
        }

        IsLocked = true;
        LockedReason = reason.Trim();
        Touch(now);
    }

    public void Open(DateTimeOffset now)
    {
        IsLocked = false;
        LockedReason = null;
        Touch(now);
    }

    /// <summary>R-044: a manager confirms the set-up; the next review is due 3 months later.</summary>
    public void MarkReviewed(StaffId by, DateOnly on, DateTimeOffset now)
    {
        ReviewedOn = on;
        ReviewedById = by;
        Touch(now);
    }

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now.ToUniversalTime();
        Version++;
    }

    private void SetBufferValue(int minutes)
    {
        if (minutes is < 0 or > MaxBufferMinutes)
        {
            throw new DomainException(new DomainError("calendar-buffer", $"A buffer is between 0 and {MaxBufferMinutes} minutes."));
        }

        BufferMinutes = minutes;
    }

    private void SetBlocks(string templateName, IEnumerable<CalendarBlock> blocks)
    {
        var list = blocks.OrderBy(b => b.Day).ThenBy(b => b.Start).ToList();
        foreach (var block in list)
        {
            if (!Enum.IsDefined(block.Day) || !Enum.IsDefined(block.Kind))
            {
                throw new DomainException(new DomainError("calendar-block", "A block needs a weekday and a kind."));
            }

            if (block.End <= block.Start)
            {
                throw new DomainException(new DomainError("calendar-block", $"A block on {block.Day} ends before it starts."));
            }

            // the minimum appointment is 30 minutes.
            if (block.IsAppointments && block.SlotMinutes < Appointment.MinimumMinutes)
            {
                throw new DomainException(new DomainError("R-038", "Appointment slots are at least 30 minutes."));
            }

            if (block.IsAppointments && block.SlotMinutes > block.Minutes)
            {
                throw new DomainException(new DomainError("calendar-block", $"A {block.SlotMinutes}-minute slot does not fit in the block {block.Start:HH\\:mm}–{block.End:HH\\:mm} on {block.Day}."));
            }
        }

        for (var i = 1; i < list.Count; i++)
        {
            if (list[i].Overlaps(list[i - 1]))
            {
                throw new DomainException(new DomainError("calendar-block", $"Blocks overlap on {list[i].Day} at {list[i].Start:HH\\:mm}."));
            }
        }

        if (string.IsNullOrWhiteSpace(templateName))
        {
            throw new DomainException(new DomainError("calendar-template", "Name the template."));
        }

        _blocks.Clear();
        _blocks.AddRange(list);
        TemplateName = templateName.Trim();
    }
}
