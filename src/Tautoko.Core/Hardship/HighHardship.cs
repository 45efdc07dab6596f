namespace Tautoko.Core.Hardship;

/// <summary>Where a high-hardship client goes (003, "Deep Dive: Supporting clients with high hardship needs").</summary>
public enum HighHardshipRoute
{
    /// <summary>Below the threshold: nothing to do.</summary>
    None = 0,

    /// <summary>R-080: unassigned — a task in the home site's F2F appointment queue for an assigned case manager.</summary>
    ReferToHomeSiteQueue = 1,

    /// <summary>R-082: already assigned — book with the case manager, else the buddy, else the site F2F queue.</summary>
    BookWithCaseManager = 2,
}

public static class HighHardship
{
    /// <summary>R-080: "a high hardship count (31+ requests within the year)".</summary>
    public const int Threshold = 31;

    /// <summary>The year the count looks back over.</summary>
    public static DateTimeOffset WindowStart(DateTimeOffset now) => now.AddYears(-1);

    public static bool IsHigh(int requestsInYear) => requestsInYear >= Threshold;

    public static HighHardshipRoute Route(int requestsInYear, bool hasCaseManager) =>
        !IsHigh(requestsInYear) ? HighHardshipRoute.None
        : hasCaseManager ? HighHardshipRoute.BookWithCaseManager
        : HighHardshipRoute.ReferToHomeSiteQueue;

    /// <summary>The CSR's notes for the referral, in the seed's words.</summary>
    public const string ReferralNote = "Client has high hardship count and needs an assigned case manager";
}
