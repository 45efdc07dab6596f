namespace Tautoko.Core.Staff;

// SPEC §1: every role the seeds name.
public enum StaffRole
{
    CaseManager = 0,
    EmploymentCaseManager = 1,
    IntensiveClientSupportManager = 2,
    Navigator = 3,
    CustomerServiceRepresentative = 4,
    ContactCentreOfficer = 5,
    StudyLinkOfficer = 6,
    EmploymentSupportRepresentative = 7,
    Connector = 8,
    ServiceCentreManager = 9,
    NationalOffice = 10,
    QualityChecker = 11,
}

/// <summary>The case-manager variants of SPEC §1 (000, 002, 003).</summary>
public enum CaseManagerVariant
{
    None = 0,
    General = 1,
    Housing = 2,
    IntegratedServices = 3,
    RemoteClientServices = 4,
    ResidentialSubsidy = 5,
    Seniors = 6,
    EmploymentFaceToFace = 7,
    EmploymentReserve = 8,
    PhoneBased = 9,
}

public enum Gender
{
    // female, male, another gender (gender diverse), undeclared.
    Undeclared = 0,
    Female = 1,
    Male = 2,
    AnotherGender = 3,
}

public static class StaffRoleNames
{
    public static string DisplayName(this StaffRole role) => role switch
    {
        StaffRole.CaseManager => "Case Manager",
        StaffRole.EmploymentCaseManager => "Employment Case Manager",
        StaffRole.IntensiveClientSupportManager => "Intensive Client Support Manager",
        StaffRole.Navigator => "Navigator",
        StaffRole.CustomerServiceRepresentative => "Customer Service Representative",
        StaffRole.ContactCentreOfficer => "Contact Centre Officer",
        StaffRole.StudyLinkOfficer => "StudyLink Officer",
        StaffRole.EmploymentSupportRepresentative => "Employment Support Representative",
        StaffRole.Connector => "Connector",
        StaffRole.ServiceCentreManager => "Service Centre Manager",
        StaffRole.NationalOffice => "National Office",
        StaffRole.QualityChecker => "Quality Checker",
    };

    public static string DisplayName(this CaseManagerVariant variant) => variant switch
    {
        CaseManagerVariant.None => string.Empty,
        CaseManagerVariant.General => "General",
        CaseManagerVariant.Housing => "Housing",
        CaseManagerVariant.IntegratedServices => "Integrated Services",
        CaseManagerVariant.RemoteClientServices => "Remote Client Services",
        CaseManagerVariant.ResidentialSubsidy => "Residential Subsidy",
        CaseManagerVariant.Seniors => "Seniors",
        CaseManagerVariant.EmploymentFaceToFace => "Face-to-face",
        CaseManagerVariant.EmploymentReserve => "Reserve",
        CaseManagerVariant.PhoneBased => "Phone-based",
    };

    public static string DisplayName(this Gender gender) => gender switch
    {
        Gender.Undeclared => "Undeclared",
        Gender.Female => "Female",
        Gender.Male => "Male",
        Gender.AnotherGender => "Another gender",
    };

    /// <summary>Roles that own a caseload.</summary>
    public static bool IsCaseManager(this StaffRole role) =>
        role is StaffRole.CaseManager or StaffRole.EmploymentCaseManager or StaffRole.IntensiveClientSupportManager;

    /// <summary>
    /// Roles that work with employers, vacancies and referrals: Employment Support Representatives, case managers of every
    /// kind, service centre managers and national office.
    /// </summary>
    public static bool WorksWithVacancies(this StaffRole role) =>
        role is StaffRole.EmploymentSupportRepresentative or StaffRole.ServiceCentreManager or StaffRole.NationalOffice || role.IsCaseManager();

    /// <summary>Contact-centre roles: may look up any client, read-mostly.</summary>
    public static bool IsContactCentre(this StaffRole role) =>
        role is StaffRole.CustomerServiceRepresentative or StaffRole.ContactCentreOfficer or StaffRole.StudyLinkOfficer;
}
