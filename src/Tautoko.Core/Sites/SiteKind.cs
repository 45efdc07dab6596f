namespace Tautoko.Core.Sites;

// 003: 122 service centres, two phone-based case management units, contact centres, centralised services.
public enum SiteKind
{
    ServiceCentre = 0,
    PhoneBasedCaseManagementUnit = 1,
    ContactCentre = 2,
    CentralisedServices = 3,
    NationalOffice = 4,
}

public static class SiteKindNames
{
    public static string DisplayName(this SiteKind kind) => kind switch
    {
        SiteKind.ServiceCentre => "Service centre",
        SiteKind.PhoneBasedCaseManagementUnit => "Phone-based case management unit",
        SiteKind.ContactCentre => "Contact centre",
        SiteKind.CentralisedServices => "Centralised services",
        SiteKind.NationalOffice => "National office",
    };
}
