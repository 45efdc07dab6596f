using System.Net.Mail;
using Tautoko.Core.Common;

namespace Tautoko.Core.Clients;

public static class ClientDetailsValidation
{
    /// <summary>Every problem with the details, keyed by field name; empty when they are valid.</summary>
    public static Dictionary<string, string[]> Problems(ClientDetails details, DateOnly today)
    {
        var problems = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(details.FirstName))
        {
            problems["firstName"] = ["Enter the client's first name."];
        }
        else if (details.FirstName.Length > 100)
        {
            problems["firstName"] = ["A first name is at most 100 characters."];
        }

        if (string.IsNullOrWhiteSpace(details.LastName))
        {
            problems["lastName"] = ["Enter the client's last name."];
        }
        else if (details.LastName.Length > 100)
        {
            problems["lastName"] = ["A last name is at most 100 characters."];
        }

        // A date of birth is in the past, and no earlier than 1900.
        if (details.DateOfBirth < new DateOnly(1900, 1, 1) || details.DateOfBirth > today)
        {
            problems["dateOfBirth"] = ["Enter a date of birth between 1900 and today."];
        }

        if (details.Email is { Length: > 0 } email && !MailAddress.TryCreate(email.Trim(), out _))
        {
            problems["email"] = ["Enter an e-mail address like name@example.co.nz."];
        }

        if (details.Phone is { Length: > 0 } phone && (phone.Length > 20 || phone.Any(c => !(char.IsAsciiDigit(c) || c is ' ' or '+' or '-' or '(' or ')'))))
        {
            problems["phone"] = ["Enter a phone number with digits, spaces, + - ( ) only."];
        }

        if (details.Benefit != BenefitType.None && details.BenefitStartDate is null)
        {
            problems["benefitStartDate"] = ["Enter the date the benefit started."];
        }
        else if (details.BenefitStartDate is { } started && (started < details.DateOfBirth || (today < DateOnly.MaxValue.AddYears(-1) && started > today.AddYears(1))))
        {
            problems["benefitStartDate"] = ["A benefit starts after the client's birth and at most a year from today."];
        }

        if (!Enum.IsDefined(details.Benefit))
        {
            problems["benefit"] = ["Choose a benefit type from the list."];
        }

        if (!Enum.IsDefined(details.Obligation))
        {
            problems["obligation"] = ["Choose work obligations from the list."];
        }

        if (!Enum.IsDefined(details.PreferredChannel))
        {
            problems["preferredChannel"] = ["Choose a contact channel from the list."];
        }

        if (details.HomeSiteId.Value == Guid.Empty)
        {
            problems["homeSiteId"] = ["Choose the client's home service centre."];
        }

        if (details.Gender is { } gender && !Enum.IsDefined(gender))
        {
            problems["gender"] = ["Choose female, male, another gender or undeclared, or leave gender not recorded."];
        }

        if (!EthnicGroupNames.IsValid(details.Ethnicity))
        {
            problems["ethnicity"] = ["Choose ethnic groups from the Stats NZ level-1 list."];
        }

        return problems;
    }

    /// <summary>The structural checks the entity itself keeps; handlers run <see cref="Problems"/> first.</summary>
    public static void ThrowIfInvalid(ClientDetails details)
    {
        var problems = Problems(details, DateOnly.MaxValue);
        if (problems.Count > 0)
        {
            var first = problems.First();
            throw new DomainException(new DomainError("client-details", $"{first.Key}: {first.Value[0]}"));
        }
    }
}
