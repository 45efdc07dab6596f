using Tautoko.Core.Common;

namespace Tautoko.Core.Clients;

/// <summary>The programme tags of 002/003: the service a client is in, or a status such as Low Trust.</summary>
public enum ProgrammeTagCode
{
    EmploymentCaseManagement = 0,
    EmploymentCaseManagementReserve = 1,
    PhoneBasedCaseManagement = 2,
    DedicatedCaseManagement = 3,
    IntegratedServicesCaseManagement = 4,
    IntensiveClientSupport = 5,
    GeneralCaseManagement = 6,
    LowTrust = 7,
    LabourMarketIndicator1 = 8,
}

public static class ProgrammeTagCodes
{
    public static string ShortName(this ProgrammeTagCode code) => code switch
    {
        ProgrammeTagCode.EmploymentCaseManagement => "ECM",
        ProgrammeTagCode.EmploymentCaseManagementReserve => "ECM-R",
        ProgrammeTagCode.PhoneBasedCaseManagement => "PBCM",
        ProgrammeTagCode.DedicatedCaseManagement => "DCM",
        ProgrammeTagCode.IntegratedServicesCaseManagement => "ISCM",
        ProgrammeTagCode.IntensiveClientSupport => "ICS",
        ProgrammeTagCode.GeneralCaseManagement => "GCM",
        ProgrammeTagCode.LowTrust => "LTCM",
        ProgrammeTagCode.LabourMarketIndicator1 => "LMI1",
    };

    public static string DisplayName(this ProgrammeTagCode code) => code switch
    {
        ProgrammeTagCode.EmploymentCaseManagement => "Employment Case Management",
        ProgrammeTagCode.EmploymentCaseManagementReserve => "Employment Case Management – Reserve",
        ProgrammeTagCode.PhoneBasedCaseManagement => "Phone-based Case Management",
        ProgrammeTagCode.DedicatedCaseManagement => "Dedicated Case Management",
        ProgrammeTagCode.IntegratedServicesCaseManagement => "Integrated Services Case Management",
        ProgrammeTagCode.IntensiveClientSupport => "Intensive Client Support",
        ProgrammeTagCode.GeneralCaseManagement => "General Case Management",
        ProgrammeTagCode.LowTrust => "Low Trust",
        ProgrammeTagCode.LabourMarketIndicator1 => "Labour Market Indicator 1",
    };

    public static bool TryParse(string? text, out ProgrammeTagCode code)
    {
        foreach (var candidate in Enum.GetValues<ProgrammeTagCode>())
        {
            if (string.Equals(text, candidate.ShortName(), StringComparison.OrdinalIgnoreCase) ||
                string.Equals(text, candidate.ToString(), StringComparison.OrdinalIgnoreCase) ||
                string.Equals(text, candidate.DisplayName(), StringComparison.OrdinalIgnoreCase))
            {
                code = candidate;
                return true;
            }
        }

        code = default;
        return false;
    }
}

/// <summary>A programme tag on a client: who added it, when and why; removal is recorded, never deleted.</summary>
public sealed class ProgrammeTag
{
    /// <summary>A client holds one active tag of each kind.</summary>
    public const string ActiveRule = "tag-active";

    /// <summary>A removed tag stays removed; adding the code again makes a new tag.</summary>
    public const string RemovedRule = "tag-removed";

    private ProgrammeTag()
    {
        AddedReason = string.Empty;
    }

    public ProgrammeTag(Guid id, ClientId clientId, ProgrammeTagCode code, StaffId? addedBy, DateTimeOffset addedAt, string reason)
        : this()
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException(new DomainError("tag-reason", "Say why the tag is added."));
        }

        Id = id;
        ClientId = clientId;
        Code = code;
        AddedById = addedBy;
        AddedAt = addedAt;
        AddedReason = reason.Trim();
    }

    public Guid Id { get; private set; }

    public ClientId ClientId { get; private set; }

    public ProgrammeTagCode Code { get; private set; }

    /// <summary>Null when the system added it (e.g. the automatic LMI1 job).</summary>
    public StaffId? AddedById { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }

    public string AddedReason { get; private set; }

    public StaffId? RemovedById { get; private set; }

    public DateTimeOffset? RemovedAt { get; private set; }

    public string? RemovedReason { get; private set; }

    public bool IsActive => RemovedAt is null;

    /// <summary>Why <paramref name="code"/> may not be added to a client, given whether they hold it already; null when it may.</summary>
    public static DomainError? WhyNotAdd(ProgrammeTagCode code, bool alreadyActive) =>
        alreadyActive ? new DomainError(ActiveRule, $"The client already has an active {code.ShortName()} tag.") : null;

    /// <summary>Why this tag may not be removed; null when it may.</summary>
    public DomainError? WhyNotRemove() => IsActive ? null : new DomainError(RemovedRule, "This tag has already been removed.");

    public void Remove(StaffId by, DateTimeOffset at, string reason)
    {
        if (WhyNotRemove() is { } error)
        {
            throw new DomainException(error);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException(new DomainError("tag-reason", "Say why the tag is removed."));
        }

        RemovedById = by;
        RemovedAt = at;
        RemovedReason = reason.Trim();
    }
}
