using Tautoko.Core.Common;

namespace Tautoko.Core.Vacancies;

/// <summary>An employer Work and Income works with: a name, a contact, the site and region it deals with, and its NZBN if known.</summary>
public sealed class Employer
{
    public const int MaxNameLength = 200;

    private Employer()
    {
        Name = string.Empty;
    }

    public Employer(string name, string? contactName, string? contactPhone, string? contactEmail, SiteId siteId, RegionId regionId, string? nzbn, StaffId by, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        Name = name.Trim();
        ContactName = Clean(contactName);
        ContactPhone = Clean(contactPhone);
        ContactEmail = Clean(contactEmail);
        SiteId = siteId;
        RegionId = regionId;
        Nzbn = Clean(nzbn);
        CreatedBy = by;
        CreatedAt = at;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public string? ContactName { get; private set; }

    public string? ContactPhone { get; private set; }

    public string? ContactEmail { get; private set; }

    public SiteId SiteId { get; private set; }

    public RegionId RegionId { get; private set; }

    /// <summary>New Zealand Business Number: 13 digits starting 94 (optional).</summary>
    public string? Nzbn { get; private set; }

    public StaffId CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The sentence for a malformed NZBN, or null (13 digits, starting 94).</summary>
    public static string? WhyNotNzbn(string? nzbn) =>
        string.IsNullOrWhiteSpace(nzbn) || (nzbn.Trim().Length == 13 && nzbn.Trim().All(char.IsAsciiDigit) && nzbn.Trim().StartsWith("94", StringComparison.Ordinal))
            ? null
            : "An NZBN is 13 digits starting with 94.";

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
