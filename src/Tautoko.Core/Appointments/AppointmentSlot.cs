using Tautoko.Core.Common;

namespace Tautoko.Core.Appointments;

public enum SlotKind
{
    Proactive = 0,
    Reactive = 1,
}

/// <summary>
/// One bookable stretch of a case manager's calendar, made from their template (see <see cref="SlotPlanner"/>).
/// A slot holds at most one appointment: the database refuses a second live booking of the same slot.
/// </summary>
public sealed class AppointmentSlot
{
    private AppointmentSlot()
    {
    }

    public AppointmentSlot(SlotId id, StaffId staffId, SiteId siteId, DateOnly date, DateTimeOffset startsAt, DateTimeOffset endsAt, SlotKind kind)
    {
        if (endsAt <= startsAt)
        {
            throw new ArgumentException("A slot ends after it starts.", nameof(endsAt));
        }

        Id = id;
        StaffId = staffId;
        SiteId = siteId;
        Date = date;
        StartsAt = startsAt.ToUniversalTime();
        EndsAt = endsAt.ToUniversalTime();
        Kind = kind;
    }

    public SlotId Id { get; private set; }

    public StaffId StaffId { get; private set; }

    public SiteId SiteId { get; private set; }

    /// <summary>The New Zealand date the slot falls on.</summary>
    public DateOnly Date { get; private set; }

    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    public SlotKind Kind { get; private set; }

    /// <summary>A slot the calendar no longer offers (its template changed); a booked one keeps its appointment.</summary>
    public bool IsWithdrawn { get; private set; }

    public int Minutes => (int)(EndsAt - StartsAt).TotalMinutes;

    public void Withdraw() => IsWithdrawn = true;

    /// <summary>A free slot whose calendar block changed length or kind takes the new shape; booked slots keep theirs.</summary>
    public void Reshape(DateTimeOffset endsAt, SlotKind kind)
    {
        if (endsAt <= StartsAt)
        {
            throw new ArgumentException("A slot ends after it starts.", nameof(endsAt));
        }

        EndsAt = endsAt.ToUniversalTime();
        Kind = kind;
    }

    public void Restore() => IsWithdrawn = false;
}
