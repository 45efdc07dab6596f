using System.Globalization;
using Tautoko.Core.Clients;
using Tautoko.Core.Staff;
using Tautoko.Web.Features.Clients.EditClient;

using Tautoko.Web.Platform.Pages;

namespace Tautoko.Web.Features.Clients.Pages;


/// <summary>The client form's fields as posted; converts to and from the handler's input.</summary>
public sealed class ClientForm
{
    public int Version { get; set; }

    public string? FirstName { get; set; }

    public string? MiddleNames { get; set; }

    public string? LastName { get; set; }

    public string? PreferredName { get; set; }

    public DateOnly? DateOfBirth { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public ContactChannel PreferredChannel { get; set; }

    public string? AddressLine1 { get; set; }

    public string? Suburb { get; set; }

    public string? City { get; set; }

    public string? Postcode { get; set; }

    public Guid? HomeSiteId { get; set; }

    public BenefitType Benefit { get; set; }

    public DateOnly? BenefitStartDate { get; set; }

    public WorkObligation Obligation { get; set; }

    public List<ClientFlags> Flags { get; set; } = [];

    /// <summary>Self-identified gender; empty is "not recorded".</summary>
    public Gender? Gender { get; set; }

    /// <summary>Stats NZ level-1 ethnic groups the client identifies with; none is "not recorded".</summary>
    public List<EthnicGroups> Ethnicity { get; set; } = [];

    public IReadOnlyList<SiteOption> Sites { get; set; } = [];

    public Dictionary<string, string[]> Problems { get; set; } = [];

    public string CancelUrl { get; set; } = "/clients";

    public string? DateOfBirthText => DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public string? BenefitStartDateText => BenefitStartDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public ClientInput ToInput() => new(
        FirstName, MiddleNames, LastName, PreferredName, DateOfBirth, Phone, Email, PreferredChannel,
        AddressLine1, Suburb, City, Postcode, HomeSiteId, Benefit, BenefitStartDate, Obligation, Flags, Gender, Ethnicity);

    public static ClientForm From(ClientInput input, int version) => new()
    {
        Version = version,
        FirstName = input.FirstName,
        MiddleNames = input.MiddleNames,
        LastName = input.LastName,
        PreferredName = input.PreferredName,
        DateOfBirth = input.DateOfBirth,
        Phone = input.Phone,
        Email = input.Email,
        PreferredChannel = input.PreferredChannel ?? ContactChannel.Phone,
        AddressLine1 = input.AddressLine1,
        Suburb = input.Suburb,
        City = input.City,
        Postcode = input.Postcode,
        HomeSiteId = input.HomeSiteId,
        Benefit = input.Benefit ?? BenefitType.None,
        BenefitStartDate = input.BenefitStartDate,
        Obligation = input.Obligation ?? WorkObligation.None,
        Flags = [.. input.Flags ?? []],
        Gender = input.Gender,
        Ethnicity = [.. input.Ethnicity ?? []],
    };
}
