using System.ComponentModel.DataAnnotations;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.Staff;

namespace Tautoko.Web.Features.Clients.EditClient;

/// <summary>The client details as an integrator or a form sends them.</summary>
public sealed record ClientInput(
    [Required] string? FirstName,
    string? MiddleNames,
    [Required] string? LastName,
    string? PreferredName,
    [Required] DateOnly? DateOfBirth,
    string? Phone,
    string? Email,
    ContactChannel? PreferredChannel,
    string? AddressLine1,
    string? Suburb,
    string? City,
    string? Postcode,
    [Required] Guid? HomeSiteId,
    BenefitType? Benefit,
    DateOnly? BenefitStartDate,
    WorkObligation? Obligation,
    IReadOnlyList<ClientFlags>? Flags,
    Gender? Gender = null,
    IReadOnlyList<EthnicGroups>? Ethnicity = null)
{
    /// <summary>Parses the input into details, or returns every problem keyed by field.</summary>
    public (ClientDetails? Details, Dictionary<string, string[]> Problems) Parse(DateOnly today)
    {
        var problems = new Dictionary<string, string[]>();
        if (DateOfBirth is null)
        {
            problems["dateOfBirth"] = ["Enter the client's date of birth."];
        }

        if (HomeSiteId is null)
        {
            problems["homeSiteId"] = ["Choose the client's home service centre."];
        }

        PostalAddress? address = null;
        if (!string.IsNullOrWhiteSpace(AddressLine1) || !string.IsNullOrWhiteSpace(City))
        {
            if (string.IsNullOrWhiteSpace(AddressLine1) || string.IsNullOrWhiteSpace(City))
            {
                problems["address"] = ["An address needs a street line and a town or city."];
            }
            else
            {
                address = new PostalAddress(AddressLine1.Trim(), NullIfBlank(Suburb), City.Trim(), NullIfBlank(Postcode));
            }
        }

        var flags = ClientFlags.None;
        foreach (var flag in Flags ?? [])
        {
            if (flag == ClientFlags.None || !Enum.IsDefined(flag))
            {
                problems["flags"] = ["Choose status flags from the list: " + string.Join(", ", Enum.GetNames<ClientFlags>().Where(n => n != nameof(ClientFlags.None))) + "."];
                continue;
            }

            flags |= flag;
        }

        // Self-identified, optional: no gender is "not recorded"; ethnicity is any of the Stats NZ level-1 groups, none "not recorded".
        var ethnicity = EthnicGroups.NotRecorded;
        foreach (var group in Ethnicity ?? [])
        {
            if (!EthnicGroupNames.Groups.Contains(group))
            {
                problems["ethnicity"] = ["Choose ethnic groups from the Stats NZ level-1 list: " + string.Join(", ", EthnicGroupNames.Groups) + "."];
                continue;
            }

            ethnicity |= group;
        }

        var details = new ClientDetails(
            FirstName ?? string.Empty,
            MiddleNames,
            LastName ?? string.Empty,
            PreferredName,
            DateOfBirth ?? default,
            Phone,
            Email,
            PreferredChannel ?? ContactChannel.Phone,
            address,
            new SiteId(HomeSiteId ?? Guid.Empty),
            Benefit ?? BenefitType.None,
            BenefitStartDate,
            Obligation ?? WorkObligation.None,
            flags,
            Gender,
            ethnicity);
        foreach (var (key, value) in ClientDetailsValidation.Problems(details, today))
        {
            problems.TryAdd(key, value);
        }

        return problems.Count == 0 ? (details, problems) : (null, problems);
    }

    public static ClientInput From(ClientDetails details) => new(
        details.FirstName,
        details.MiddleNames,
        details.LastName,
        details.PreferredName,
        details.DateOfBirth,
        details.Phone,
        details.Email,
        details.PreferredChannel,
        details.Address?.Line1,
        details.Address?.Suburb,
        details.Address?.City,
        details.Address?.Postcode,
        details.HomeSiteId.Value,
        details.Benefit,
        details.BenefitStartDate,
        details.Obligation,
        [.. details.Flags.Each()],
        details.Gender,
        [.. details.Ethnicity.Each()]);

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
