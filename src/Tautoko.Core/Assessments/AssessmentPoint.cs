namespace Tautoko.Core.Assessments;

/// <summary>When a Client Assessment or BEUT is done (004 §2.5, R-114, R-115): at entry to ICS service, quarterly, and at exit.</summary>
public enum AssessmentPoint
{
    Entry = 0,
    Quarterly = 1,
    Exit = 2,
}

/// <summary>The three tools ICSMs use (004 §2.5).</summary>
public enum AssessmentTool
{
    /// <summary>Client Assessment: narrative, by the third appointment, quarterly, at exit .</summary>
    ClientAssessment = 0,

    /// <summary>Behavioural Evaluation Update Tool: the case manager's ratings, at entry, quarterly, at exit .</summary>
    Beut = 1,

    /// <summary>PCOMS-style client-rated session measure at each appointment .</summary>
    Pcoms = 2,
}

public static class AssessmentNames
{
    public static string DisplayName(this AssessmentPoint point) => point switch
    {
        AssessmentPoint.Entry => "Entry",
        AssessmentPoint.Quarterly => "Quarterly",
        AssessmentPoint.Exit => "Exit",
    };

    public static string DisplayName(this AssessmentTool tool) => tool switch
    {
        AssessmentTool.ClientAssessment => "Client Assessment",
        AssessmentTool.Beut => "Behavioural Evaluation Update Tool",
        AssessmentTool.Pcoms => "PCOMS session measure",
    };

    public static AssessmentPoint? ParsePoint(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "entry" => AssessmentPoint.Entry,
        "quarterly" => AssessmentPoint.Quarterly,
        "exit" => AssessmentPoint.Exit,
        _ => null,
    };

    public static string Code(this AssessmentPoint point) => point.ToString().ToLowerInvariant();
}
