using Tautoko.Core.Common;
using Tautoko.Core.Staff;

namespace Tautoko.Core.Clients;

/// <summary>What a person may set on a client record; the same shape for create and update.</summary>
public sealed record ClientDetails(
    string FirstName,
    string? MiddleNames,
    string LastName,
    string? PreferredName,
    DateOnly DateOfBirth,
    string? Phone,
    string? Email,
    ContactChannel PreferredChannel,
    PostalAddress? Address,
    SiteId HomeSiteId,
    BenefitType Benefit,
    DateOnly? BenefitStartDate,
    WorkObligation Obligation,
    ClientFlags Flags,
    Gender? Gender = null,
    EthnicGroups Ethnicity = EthnicGroups.NotRecorded);

/// <summary>A client of the agency: identity, contact, benefit, obligations, household and status flags.</summary>
public sealed class Client
{
    private readonly List<HouseholdMember> _household = [];

    private Client()
    {
        ClientNumber = string.Empty;
        FirstName = string.Empty;
        LastName = string.Empty;
        FirstNameFolded = string.Empty;
        LastNameFolded = string.Empty;
        SearchText = string.Empty;
    }

    public Client(ClientId id, string clientNumber, ClientDetails details, DateTimeOffset createdAt)
        : this()
    {
        if (!ClientNumbers.IsValid(clientNumber))
        {
            throw new DomainException(new DomainError("client-number", "A client number is nine digits."));
        }

        Id = id;
        ClientNumber = ClientNumbers.Normalise(clientNumber);
        CreatedAt = createdAt;
        Apply(details);
        Version = 1;
    }

    public ClientId Id { get; private set; }

    /// <summary>Nine digits, shown as 123-456-789.</summary>
    public string ClientNumber { get; private set; }

    public string FirstName { get; private set; }

    public string? MiddleNames { get; private set; }

    public string LastName { get; private set; }

    public string? PreferredName { get; private set; }

    /// <summary>Names folded for search (lower case, no macrons): "Maka" finds "Māka".</summary>
    public string FirstNameFolded { get; private set; }

    public string LastNameFolded { get; private set; }

    /// <summary>Every folded name word, space-padded: a word prefix is found with <c>Contains(" " + term)</c>.</summary>
    public string SearchText { get; private set; }

    public DateOnly DateOfBirth { get; private set; }

    public string? Phone { get; private set; }

    public string? Email { get; private set; }

    public ContactChannel PreferredChannel { get; private set; }

    public PostalAddress? Address { get; private set; }

    /// <summary>R-006: the service centre closest to where the client lives (they may use any centre).</summary>
    public SiteId HomeSiteId { get; private set; }

    public BenefitType Benefit { get; private set; }

    public DateOnly? BenefitStartDate { get; private set; }

    public WorkObligation Obligation { get; private set; }

    /// <summary>Age when the client first entered the benefit system (ICS-X eligibility, R-111).</summary>
    public int? FirstBenefitAge { get; private set; }

    public BenefitType? FirstBenefitType { get; private set; }

    public ClientFlags Flags { get; private set; }

    /// <summary>Self-identified gender (R-107's options: female, male, another gender, undeclared); null when not recorded.</summary>
    public Gender? Gender { get; private set; }

    /// <summary>The Stats NZ level-1 ethnic groups the client identifies with (several allowed); none when not recorded.</summary>
    public EthnicGroups Ethnicity { get; private set; }

    public ClientAgent? Agent { get; private set; }

    /// <summary>R-122: a restricted record (e.g. a staff member who is also a client) is shown only to named roles.</summary>
    public bool IsRestricted { get; private set; }

    public string? RestrictionReason { get; private set; }

    public IReadOnlyList<HouseholdMember> Household => _household;

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Optimistic concurrency: every change bumps it; a stale version is refused.</summary>
    public int Version { get; private set; }

    public string DisplayName => PreferredName is { Length: > 0 } preferred && preferred != FirstName
        ? $"{FirstName} ({preferred}) {LastName}"
        : $"{FirstName} {LastName}";

    public string FormattedClientNumber => ClientNumbers.Format(ClientNumber);

    public HouseholdMember? Partner => _household.FirstOrDefault(h => h.Relationship == HouseholdRelationship.Partner);

    public IEnumerable<HouseholdMember> DependentChildren => _household.Where(h => h.Relationship == HouseholdRelationship.DependentChild);

    public int AgeOn(DateOnly date)
    {
        var age = date.Year - DateOfBirth.Year;
        if (date < DateOfBirth.AddYears(age))
        {
            age--;
        }

        return age;
    }

    /// <summary>Changes the details and returns the names of the fields that changed (for the audit row).</summary>
    public IReadOnlyList<string> Update(ClientDetails details)
    {
        var before = CurrentDetails();
        Apply(details);
        var changed = ClientDetailsDiff.Changed(before, details);
        if (changed.Count > 0)
        {
            Version++;
        }

        return changed;
    }

    public ClientDetails CurrentDetails() => new(
        FirstName, MiddleNames, LastName, PreferredName, DateOfBirth, Phone, Email, PreferredChannel,
        Address, HomeSiteId, Benefit, BenefitStartDate, Obligation, Flags, Gender, Ethnicity);

    public void SetFirstBenefit(int ageAtFirstEntry, BenefitType firstBenefit)
    {
        if (ageAtFirstEntry is < 0 or > 120)
        {
            throw new ArgumentOutOfRangeException(nameof(ageAtFirstEntry));
        }

        FirstBenefitAge = ageAtFirstEntry;
        FirstBenefitType = firstBenefit;
    }

    public void SetAgent(ClientAgent? agent)
    {
        Agent = agent;
        Version++;
    }

    public void Restrict(string reason)
    {
        IsRestricted = true;
        RestrictionReason = reason;
        Version++;
    }

    public HouseholdMember AddHouseholdMember(HouseholdRelationship relationship, string fullName, DateOnly? dateOfBirth)
    {
        if (relationship == HouseholdRelationship.Partner && Partner is not null)
        {
            throw new DomainException(new DomainError("household", "The client already has a partner recorded."));
        }

        var member = new HouseholdMember(Guid.CreateVersion7(), relationship, fullName, dateOfBirth);
        _household.Add(member);
        Version++;
        return member;
    }

    private void Apply(ClientDetails details)
    {
        ClientDetailsValidation.ThrowIfInvalid(details);
        FirstName = details.FirstName.Trim();
        MiddleNames = string.IsNullOrWhiteSpace(details.MiddleNames) ? null : details.MiddleNames.Trim();
        LastName = details.LastName.Trim();
        PreferredName = string.IsNullOrWhiteSpace(details.PreferredName) ? null : details.PreferredName.Trim();
        FirstNameFolded = TextFolding.Fold(PreferredName is null ? FirstName : $"{FirstName} {PreferredName}");
        LastNameFolded = TextFolding.Fold(LastName);
        SearchText = " " + string.Join(' ', $"{FirstNameFolded} {LastNameFolded}".Split(' ', StringSplitOptions.RemoveEmptyEntries)) + " ";
        DateOfBirth = details.DateOfBirth;
        Phone = string.IsNullOrWhiteSpace(details.Phone) ? null : details.Phone.Trim();
        Email = string.IsNullOrWhiteSpace(details.Email) ? null : details.Email.Trim();
        PreferredChannel = details.PreferredChannel;
        Address = details.Address;
        HomeSiteId = details.HomeSiteId;
        Benefit = details.Benefit;
        BenefitStartDate = details.BenefitStartDate;
        Obligation = details.Obligation;
        Flags = details.Flags;
        Gender = details.Gender;
        Ethnicity = details.Ethnicity;
    }
}
