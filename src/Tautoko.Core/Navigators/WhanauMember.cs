using Tautoko.Core.Common;

namespace Tautoko.Core.Navigators;

/// <summary>
/// A whānau member (partner or wider whānau) an ICS case manager supports alongside a client (seed 004: "including the
/// whānau members that ICSMs support (including partners and wider whānau members) in their 60-person caseloads", R-118).
/// </summary>
public sealed class WhanauMember
{
    public const int MaxNameLength = 120;
    public const int MaxRelationshipLength = 60;

    private WhanauMember()
    {
        Name = string.Empty;
        Relationship = string.Empty;
    }

    public WhanauMember(Guid id, ClientId clientId, string name, string relationship, StaffId recordedBy, DateTimeOffset at)
    {
        Id = id;
        ClientId = clientId;
        Name = name.Trim();
        Relationship = relationship.Trim();
        RecordedById = recordedBy;
        RecordedAt = at;
    }

    public Guid Id { get; private set; }

    public ClientId ClientId { get; private set; }

    public string Name { get; private set; }

    /// <summary>Partner, parent, child, sibling, wider whānau…</summary>
    public string Relationship { get; private set; }

    public StaffId RecordedById { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>When support alongside the client ended (the row is kept).</summary>
    public DateTimeOffset? EndedAt { get; private set; }

    public void End(DateTimeOffset at)
    {
        if (EndedAt is not null)
        {
            throw new DomainException(new DomainError("whanau-ended", "Support for this whānau member has already ended."));
        }

        EndedAt = at;
    }

    public static Dictionary<string, string[]> Validate(string? name, string? relationship)
    {
        var problems = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > MaxNameLength)
        {
            problems["name"] = [$"The whānau member's name (up to {MaxNameLength} characters)."];
        }

        if (string.IsNullOrWhiteSpace(relationship) || relationship.Trim().Length > MaxRelationshipLength)
        {
            problems["relationship"] = [$"How they are related to the client, e.g. partner, parent, child (up to {MaxRelationshipLength} characters)."];
        }

        return problems;
    }
}

/// <summary>
/// National office's setting for the ICS service: whether whānau members supported alongside a client count in the
/// ICS caseload of 60. The evaluation recommends it; it is a recommendation, so it is off until national office turns it on.
/// </summary>
public sealed class IcsSettings
{
    public const int SingletonId = 1;

    private IcsSettings()
    {
    }

    public IcsSettings(bool whanauCountInCaseload, StaffId by, DateTimeOffset at)
    {
        Id = SingletonId;
        WhanauCountInCaseload = whanauCountInCaseload;
        UpdatedById = by;
        UpdatedAt = at;
        Version = 1;
    }

    public int Id { get; private set; }

    /// <summary>R-118: off by default.</summary>
    public bool WhanauCountInCaseload { get; private set; }

    public StaffId UpdatedById { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public int Version { get; private set; }

    public void Change(bool whanauCountInCaseload, StaffId by, DateTimeOffset at)
    {
        WhanauCountInCaseload = whanauCountInCaseload;
        UpdatedById = by;
        UpdatedAt = at;
        Version++;
    }

    /// <summary>R-118: the places an ICS caseload uses: its clients, and their whānau members when the setting counts them.</summary>
    public static int CaseloadCount(int clients, int whanau, bool whanauCount) => clients + (whanauCount ? whanau : 0);
}
