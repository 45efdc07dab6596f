using Tautoko.Core.Common;

namespace Tautoko.Core.Staff;

/// <summary>A member of staff: role, site, FTE, gender as the agency records it, buddy and leave.</summary>
public sealed class StaffMember
{
    private readonly List<StaffLeave> _leave = [];

    private StaffMember()
    {
        StaffNumber = string.Empty;
        FirstName = string.Empty;
        LastName = string.Empty;
        Email = string.Empty;
    }

    public StaffMember(StaffId id, string staffNumber, string firstName, string lastName, string email, StaffRole role, CaseManagerVariant variant, SiteId siteId, decimal fte, Gender gender)
    {
        if (fte is <= 0m or > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(fte), fte, "FTE is between 0 and 1.");
        }

        Id = id;
        StaffNumber = staffNumber;
        FirstName = firstName;
        LastName = lastName;
        Email = email;
        Role = role;
        Variant = variant;
        SiteId = siteId;
        Fte = fte;
        Gender = gender;
        IsActive = true;
    }

    public StaffId Id { get; private set; }

    public string StaffNumber { get; private set; }

    public string FirstName { get; private set; }

    public string LastName { get; private set; }

    public string FullName => $"{FirstName} {LastName}";

    public string Email { get; private set; }

    public string? Phone { get; set; }

    public StaffRole Role { get; private set; }

    public CaseManagerVariant Variant { get; private set; }

    public SiteId SiteId { get; private set; }

    public decimal Fte { get; private set; }

    public Gender Gender { get; private set; }

    /// <summary>R-050: every case manager has a buddy who covers their clients and bookings when they are away.</summary>
    public StaffId? BuddyId { get; private set; }

    public bool IsActive { get; private set; }

    public IReadOnlyList<StaffLeave> Leave => _leave;

    public void AssignBuddy(StaffId buddy)
    {
        if (buddy == Id)
        {
            throw new DomainException(new DomainError("R-050", "A case manager cannot be their own buddy."));
        }

        BuddyId = buddy;
    }

    public StaffLeave RecordLeave(DateOnly from, DateOnly to, LeaveKind kind, string? note)
    {
        var leave = new StaffLeave(Guid.CreateVersion7(), from, to, kind, note);
        _leave.Add(leave);
        return leave;
    }

    public bool IsOnLeave(DateOnly date) => _leave.Any(l => l.Covers(date));
}
