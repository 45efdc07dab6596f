using Tautoko.Core.Clients;
using Tautoko.Core.Staff;

namespace Tautoko.Core.Caseloads;

/// <summary>The case management services of 002/003/004; each caseload belongs to one.</summary>
public enum CaseManagementService
{
    EmploymentFaceToFace = 0,
    EmploymentReserve = 1,
    PhoneBased = 2,
    Dedicated = 3,
    IntegratedServices = 4,
    IntensiveClientSupport = 5,
    General = 6,
}

public static class CaseManagementServices
{
    public static IReadOnlyList<CaseManagementService> All { get; } = Enum.GetValues<CaseManagementService>();

    /// <summary>The services whose caseloads follow the priority cohorts (002: employment-related, face-to-face and phone).</summary>
    public static bool IsEmployment(this CaseManagementService service) => service switch
    {
        CaseManagementService.EmploymentFaceToFace or CaseManagementService.EmploymentReserve or CaseManagementService.PhoneBased => true,
        CaseManagementService.Dedicated or CaseManagementService.IntegratedServices or CaseManagementService.IntensiveClientSupport
            or CaseManagementService.General => false,
    };

    /// <summary>The default caseload per full-time case manager; national office may change it.</summary>
    public static int DefaultCapacity(this CaseManagementService service) => service switch
    {
        // face-to-face employment caseloads must be at 105; ECM-R is identical (002).
        CaseManagementService.EmploymentFaceToFace => 105,
        CaseManagementService.EmploymentReserve => 105,
        // phone-based caseloads must be at 110.
        CaseManagementService.PhoneBased => 110,
        // 002: dedicated caseloads are "full"; the seeds give no number, so national office sets it.
        CaseManagementService.Dedicated => 100,
        // Integrated Services (Housing, SOE, Remand…) must be at 60.
        CaseManagementService.IntegratedServices => 60,
        // ICS capped at 60 (was 40 in the original trial).
        CaseManagementService.IntensiveClientSupport => 60,
        // 004: business-as-usual case managers hold 100–200 depending on service.
        CaseManagementService.General => 150,
    };

    /// <summary>The programme tag that goes with a place in the service (added on assignment, removed on exit).</summary>
    public static ProgrammeTagCode Tag(this CaseManagementService service) => service switch
    {
        CaseManagementService.EmploymentFaceToFace => ProgrammeTagCode.EmploymentCaseManagement,
        CaseManagementService.EmploymentReserve => ProgrammeTagCode.EmploymentCaseManagementReserve,
        CaseManagementService.PhoneBased => ProgrammeTagCode.PhoneBasedCaseManagement,
        CaseManagementService.Dedicated => ProgrammeTagCode.DedicatedCaseManagement,
        CaseManagementService.IntegratedServices => ProgrammeTagCode.IntegratedServicesCaseManagement,
        CaseManagementService.IntensiveClientSupport => ProgrammeTagCode.IntensiveClientSupport,
        CaseManagementService.General => ProgrammeTagCode.GeneralCaseManagement,
    };

    public static CaseManagementService? FromTag(ProgrammeTagCode code) => code switch
    {
        ProgrammeTagCode.EmploymentCaseManagement => CaseManagementService.EmploymentFaceToFace,
        ProgrammeTagCode.EmploymentCaseManagementReserve => CaseManagementService.EmploymentReserve,
        ProgrammeTagCode.PhoneBasedCaseManagement => CaseManagementService.PhoneBased,
        ProgrammeTagCode.DedicatedCaseManagement => CaseManagementService.Dedicated,
        ProgrammeTagCode.IntegratedServicesCaseManagement => CaseManagementService.IntegratedServices,
        ProgrammeTagCode.IntensiveClientSupport => CaseManagementService.IntensiveClientSupport,
        ProgrammeTagCode.GeneralCaseManagement => CaseManagementService.General,
        ProgrammeTagCode.LowTrust or ProgrammeTagCode.LabourMarketIndicator1 => null,
    };

    public static string ShortName(this CaseManagementService service) => service.Tag().ShortName();

    public static string DisplayName(this CaseManagementService service) => service switch
    {
        CaseManagementService.EmploymentFaceToFace => "Employment Case Management (face-to-face)",
        CaseManagementService.EmploymentReserve => "Employment Case Management – Reserve",
        CaseManagementService.PhoneBased => "Phone-based Case Management",
        CaseManagementService.Dedicated => "Dedicated Case Management",
        CaseManagementService.IntegratedServices => "Integrated Services (Housing, SOE, Remand …)",
        CaseManagementService.IntensiveClientSupport => "Intensive Client Support",
        CaseManagementService.General => "General case management",
    };

    /// <summary>
    /// The service a case manager's caseload starts in, from their role and variant; null for staff
    /// without a caseload. General-type case managers may be switched to Dedicated by their manager.
    /// </summary>
    public static CaseManagementService? DefaultFor(StaffRole role, CaseManagerVariant variant) => role switch
    {
        StaffRole.EmploymentCaseManager => variant switch
        {
            CaseManagerVariant.EmploymentReserve => CaseManagementService.EmploymentReserve,
            CaseManagerVariant.PhoneBased => CaseManagementService.PhoneBased,
            _ => CaseManagementService.EmploymentFaceToFace,
        },
        StaffRole.IntensiveClientSupportManager => CaseManagementService.IntensiveClientSupport,
        StaffRole.CaseManager => variant switch
        {
            CaseManagerVariant.IntegratedServices or CaseManagerVariant.Housing => CaseManagementService.IntegratedServices,
            _ => CaseManagementService.General,
        },
        StaffRole.Navigator or StaffRole.CustomerServiceRepresentative or StaffRole.ContactCentreOfficer or StaffRole.StudyLinkOfficer
            or StaffRole.EmploymentSupportRepresentative or StaffRole.Connector or StaffRole.ServiceCentreManager
            or StaffRole.NationalOffice or StaffRole.QualityChecker => null,
    };

    /// <summary>Whether a case manager of this role and variant may run a caseload of the service.</summary>
    public static bool MayRun(StaffRole role, CaseManagerVariant variant, CaseManagementService service)
    {
        var natural = DefaultFor(role, variant);
        return natural is { } n && (n == service || (n == CaseManagementService.General && service == CaseManagementService.Dedicated));
    }
}
