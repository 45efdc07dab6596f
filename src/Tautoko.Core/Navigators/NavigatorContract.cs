using Tautoko.Core.Common;

namespace Tautoko.Core.Navigators;

/// <summary>
/// A Navigator employed by a contracted NGO provider (seed 004 §2.4: "MSD contracted four non-governmental organisation
/// (NGO) providers to employ Navigators across 18 of the 22 ICS service sites"), working in partnership with an ICS case
/// manager at a site. National office records the contract: the provider and the ICS case manager.
/// </summary>
public sealed class NavigatorContract
{
    public const int MaxProviderLength = 120;

    private NavigatorContract()
    {
        Provider = string.Empty;
    }

    public NavigatorContract(Guid id, StaffId navigatorId, string provider, StaffId caseManagerId, SiteId siteId, StaffId recordedBy, DateTimeOffset at)
    {
        if (WhyNotProvider(provider) is { } error)
        {
            throw new DomainException(error);
        }

        Id = id;
        NavigatorId = navigatorId;
        Provider = provider.Trim();
        CaseManagerId = caseManagerId;
        SiteId = siteId;
        RecordedById = recordedBy;
        RecordedAt = at;
    }

    public Guid Id { get; private set; }

    public StaffId NavigatorId { get; private set; }

    /// <summary>The NGO provider that employs the Navigator.</summary>
    public string Provider { get; private set; }

    /// <summary>The ICS case manager the Navigator works in partnership with.</summary>
    public StaffId CaseManagerId { get; private set; }

    public SiteId SiteId { get; private set; }

    public StaffId RecordedById { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    public bool IsOpen => EndedAt is null;

    public static DomainError? WhyNotProvider(string? provider) =>
        string.IsNullOrWhiteSpace(provider) || provider.Trim().Length > MaxProviderLength
            ? new DomainError("navigator-provider", $"Name the NGO provider that employs the Navigator (up to {MaxProviderLength} characters).")
            : null;

    public void End(DateTimeOffset at)
    {
        if (EndedAt is not null)
        {
            throw new DomainException(new DomainError("navigator-contract", "The contract has already ended."));
        }

        EndedAt = at;
    }
}
