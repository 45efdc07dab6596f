namespace Tautoko.Core.Caseloads;

/// <summary>The contracted services 002 names when it says whether a client stays on a caseload.</summary>
public enum ContractedServiceKind
{
    EmploymentPlacement = 0,
    WorkReadiness = 1,
    SkillsForIndustry = 2,
    ShortCourse = 3,
}

public enum ContractedServiceAdvice
{
    /// <summary>Over 4 weeks, similar to case management: the client need not stay on the caseload.</summary>
    MayLeaveCaseload = 0,

    /// <summary>A short course or a service unlike case management: the client may stay.</summary>
    MayStayOnCaseload = 1,
}

/// <summary>R-027: when a client starts a contracted service, may they leave the caseload? (002)</summary>
public static class ContractedServiceRule
{
    public const int WeeksThreshold = 4;

    public static ContractedServiceAdvice Advise(ContractedServiceKind kind, int weeks, bool similarToCaseManagement)
    {
        // employment placement, work-readiness or skills-for-industry services, similar to case
        // management and over 4 weeks long: the client does not need to be kept on the caseload.
        var qualifying = kind is ContractedServiceKind.EmploymentPlacement or ContractedServiceKind.WorkReadiness or ContractedServiceKind.SkillsForIndustry;
        return qualifying && similarToCaseManagement && weeks > WeeksThreshold
            ? ContractedServiceAdvice.MayLeaveCaseload
            : ContractedServiceAdvice.MayStayOnCaseload;
    }

    public static string Explain(ContractedServiceAdvice advice) => advice switch
    {
        ContractedServiceAdvice.MayLeaveCaseload =>
            "The service is an employment placement, work-readiness or skills-for-industry service, similar to case management and over 4 weeks: the client does not need to stay on your caseload (R-027). If they leave, they are not re-assigned automatically when the programme ends; you may assign them back if they would benefit.",
        ContractedServiceAdvice.MayStayOnCaseload =>
            "A short course, or a service unlike case management or of 4 weeks or less: the client may stay on your caseload (R-027).",
    };

    public static string DisplayName(this ContractedServiceKind kind) => kind switch
    {
        ContractedServiceKind.EmploymentPlacement => "Employment placement service",
        ContractedServiceKind.WorkReadiness => "Work-readiness service",
        ContractedServiceKind.SkillsForIndustry => "Skills for industry service",
        ContractedServiceKind.ShortCourse => "Short course",
    };
}
