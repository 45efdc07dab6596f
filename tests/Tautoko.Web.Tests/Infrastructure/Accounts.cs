namespace Tautoko.Web.Tests.Infrastructure;

/// <summary>The demo sign-ins (demo mode only): slugs of `slug@demo.tautoko.nz`.</summary>
public static class Accounts
{
    public const string CaseManager = "casemanager";
    public const string CaseManagerOtherSite = "casemanager.othersite";
    public const string RemoteClientServices = "rcs.casemanager";
    public const string EmploymentCaseManager = "employment.casemanager";
    public const string Icsm = "icsm";
    public const string Csr = "csr";
    public const string Connector = "connector";
    public const string Manager = "manager";
    public const string NationalOffice = "nationaloffice";
    public const string Quality = "quality";
    public const string Navigator = "navigator";

    /// <summary>Used only by the lockout test, which locks it.</summary>
    public const string LockoutVictim = "studylink";
}
