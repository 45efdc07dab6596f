using Tautoko.Core.Common;

namespace Tautoko.Core.Appointments;

/// <summary>
/// A booked appointment, or a recorded walk-in. It changes only through <see cref="Cancel"/> and
/// <see cref="Result"/>; a cancellation before the start frees the slot for rebooking.
/// </summary>
public sealed class Appointment
{
    public const int MinimumMinutes = 30;
    public const int MaxTextLength = 2000;

    private Appointment()
    {
    }

    private Appointment(AppointmentId id, ClientId clientId, StaffId staffId, SiteId siteId, SlotId? slotId, DateTimeOffset startsAt, DateTimeOffset endsAt,
        AppointmentKind kind, AppointmentChannel channel, AppointmentType type, string? purpose, BookingCover cover, StaffId bookedById, DateTimeOffset bookedAt, double dnaRisk, Guid? seriesId)
    {
        Id = id;
        ClientId = clientId;
        StaffId = staffId;
        SiteId = siteId;
        SlotId = slotId;
        StartsAt = startsAt.ToUniversalTime();
        EndsAt = endsAt.ToUniversalTime();
        Kind = kind;
        Channel = channel;
        Type = type;
        Purpose = Clean(purpose);
        Cover = cover;
        BookedById = bookedById;
        BookedAt = bookedAt.ToUniversalTime();
        DnaRisk = Math.Round(Math.Clamp(dnaRisk, 0, 1), 4);
        SeriesId = seriesId;
        Status = AppointmentStatus.Booked;
        Version = 1;
    }

    public AppointmentId Id { get; private set; }

    public ClientId ClientId { get; private set; }

    /// <summary>The case manager whose calendar holds the appointment.</summary>
    public StaffId StaffId { get; private set; }

    public SiteId SiteId { get; private set; }

    /// <summary>The slot it occupies; null for a walk-in and once a cancellation has freed the slot.</summary>
    public SlotId? SlotId { get; private set; }

    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    public AppointmentKind Kind { get; private set; }

    public AppointmentChannel Channel { get; private set; }

    public AppointmentType Type { get; private set; }

    public string? Purpose { get; private set; }

    public WalkInPurpose? WalkInPurpose { get; private set; }

    public AppointmentStatus Status { get; private set; }

    public BookingCover Cover { get; private set; }

    /// <summary>Appointments booked together as a recurring series share this id.</summary>
    public Guid? SeriesId { get; private set; }

    public StaffId BookedById { get; private set; }

    public DateTimeOffset BookedAt { get; private set; }

    /// <summary>The did-not-attend risk when booked, from the client's own history (<see cref="DnaRiskModel"/>).</summary>
    public double DnaRisk { get; private set; }

    public StaffId? ResultedById { get; private set; }

    public DateTimeOffset? ResultedAt { get; private set; }

    public string? ResultNote { get; private set; }

    /// <summary>R-034: whether identity was verified (evidence saved) at this appointment; asked at the first one.</summary>
    public bool? IdentityVerified { get; private set; }

    public string? CancelReason { get; private set; }

    public int Version { get; private set; }

    public int Minutes => (int)(EndsAt - StartsAt).TotalMinutes;

    public bool IsOpen => Status == AppointmentStatus.Booked;

    /// <summary>Past its end and not yet resulted: it belongs on the case manager's worklist.</summary>
    public bool NeedsResult(DateTimeOffset now) => Status == AppointmentStatus.Booked && EndsAt <= now;

    /// <summary>Books a free slot. The caller has checked <see cref="BookingPolicy"/>; this guards the rules that are the appointment's own.</summary>
    public static Appointment Book(AppointmentId id, ClientId clientId, AppointmentSlot slot, AppointmentChannel channel, AppointmentType type, string? purpose,
        BookingCover cover, StaffId bookedById, DateTimeOffset now, double dnaRisk, Guid? seriesId = null)
    {
        ArgumentNullException.ThrowIfNull(slot);
        if (slot.IsWithdrawn)
        {
            throw new DomainException(new DomainError("R-046", "That time is no longer in the case manager's calendar."));
        }

        if (slot.StartsAt <= now)
        {
            throw new DomainException(new DomainError("booking-past", "That slot has already started; choose a later one."));
        }

        // the minimum appointment is 30 minutes.
        if (slot.Minutes < MinimumMinutes)
        {
            throw new DomainException(new DomainError("R-038", "Appointments are at least 30 minutes."));
        }

        EnsureLength(purpose, "purpose");
        var kind = slot.Kind == SlotKind.Reactive ? AppointmentKind.Reactive : AppointmentKind.Proactive;
        return new Appointment(id, clientId, slot.StaffId, slot.SiteId, slot.Id, slot.StartsAt, slot.EndsAt, kind, channel, type, purpose, cover, bookedById, now, dnaRisk, seriesId);
    }

    /// <summary>
    /// a walk-in — the client came in without a booking and a case manager met their need
    /// face-to-face. Recorded as attended; excluded purposes are refused.
    /// </summary>
    public static Appointment RecordWalkIn(AppointmentId id, ClientId clientId, StaffId caseManagerId, SiteId siteId, WalkInPurpose purpose, string? note,
        StaffId recordedById, DateTimeOffset seenAt, int minutes, bool? identityVerified, DateTimeOffset now)
    {
        WalkInPurposes.EnsureRecordable(purpose);
        if (seenAt > now.AddMinutes(5))
        {
            throw new DomainException(new DomainError("walk-in-future", "A walk-in is recorded once the client has been seen."));
        }

        if (minutes is < 5 or > 480)
        {
            throw new DomainException(new DomainError("walk-in-length", "A walk-in lasts between 5 minutes and 8 hours."));
        }

        EnsureLength(note, "note");
        var walkIn = new Appointment(id, clientId, caseManagerId, siteId, null, seenAt, seenAt.AddMinutes(minutes), AppointmentKind.WalkIn, AppointmentChannel.FaceToFace,
            AppointmentType.ImmediateNeed, purpose.DisplayName(), BookingCover.OwnCaseManager, recordedById, now, 0, null)
        {
            WalkInPurpose = purpose,
            Status = AppointmentStatus.Attended,
            ResultedById = recordedById,
            ResultedAt = now.ToUniversalTime(),
            ResultNote = Clean(note),
            IdentityVerified = identityVerified,
        };
        return walkIn;
    }

    /// <summary>
    /// Cancels a booked appointment. Before its start the slot is cleared so it can be rebooked;
    /// afterwards the cancellation is the appointment's result. Returns whether the slot was freed.
    /// </summary>
    public bool Cancel(AppointmentStatus cancellation, string reason, StaffId by, DateTimeOffset now)
    {
        if (!cancellation.IsCancellation())
        {
            throw new ArgumentOutOfRangeException(nameof(cancellation), cancellation, "Cancel with CancelledByClient or CancelledByAgency.");
        }

        EnsureOpen();
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException(new DomainError("cancel-reason", "Say why the appointment is cancelled."));
        }

        EnsureLength(reason, "reason");
        Status = cancellation;
        CancelReason = reason.Trim();
        ResultedById = by;
        ResultedAt = now.ToUniversalTime();
        Version++;

        // clearing a cancelled slot before its time makes it available again.
        var freed = now < StartsAt && SlotId is not null;
        if (freed)
        {
            SlotId = null;
        }

        return freed;
    }

    /// <summary>R-048: every appointment is resulted after its time (attended, did not attend, or a late cancellation).</summary>
    public void Result(AppointmentStatus outcome, StaffId by, DateTimeOffset now, string? note, bool? identityVerified)
    {
        EnsureOpen();
        if (outcome == AppointmentStatus.Booked || !Enum.IsDefined(outcome))
        {
            throw new DomainException(new DomainError("R-048", "Choose a result: attended, did not attend, or cancelled by the client or the agency."));
        }

        if (now < StartsAt)
        {
            throw new DomainException(new DomainError("R-048",
                outcome.IsCancellation()
                    ? "The appointment has not started; cancel it instead, so its slot can be rebooked (R-047)."
                    : "An appointment is resulted after its time; it has not started yet."));
        }

        EnsureLength(note, "note");
        if (outcome.IsCancellation() && string.IsNullOrWhiteSpace(note))
        {
            throw new DomainException(new DomainError("cancel-reason", "Say why the appointment was cancelled."));
        }

        Status = outcome;
        ResultedById = by;
        ResultedAt = now.ToUniversalTime();
        ResultNote = Clean(note);
        CancelReason = outcome.IsCancellation() ? Clean(note) : null;
        IdentityVerified = outcome == AppointmentStatus.Attended ? identityVerified : null;
        Version++;
    }

    private void EnsureOpen()
    {
        if (Status != AppointmentStatus.Booked)
        {
            throw new DomainException(new DomainError("appointment-closed", $"This appointment is already {Status.DisplayName().ToLowerInvariant()}."));
        }
    }

    private static void EnsureLength(string? text, string field)
    {
        if (text is { Length: > MaxTextLength })
        {
            throw new DomainException(new DomainError($"{field}-length", $"The {field} is at most {MaxTextLength} characters."));
        }
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
