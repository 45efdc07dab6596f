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

    /// <summary>
    /// 003 ("Deep Dive", CSRs "Provide notes"): the referral's notes carry the seed's three bullets — the high hardship
    /// count and the need for a case manager; any relevant details of the client's situation; any further needs.
    /// </summary>
    public static string ReferralNotes(int requestsInYear, string? situation, string? furtherNeeds) =>
        $"{ReferralNote} ({requestsInYear} hardship requests in the last year).\n" +
        $"Client's situation: {(string.IsNullOrWhiteSpace(situation) ? "no further details given" : situation.Trim())}\n" +
        $"Further needs: {(string.IsNullOrWhiteSpace(furtherNeeds) ? "none identified by the contact centre" : furtherNeeds.Trim())}";

    /// <summary>003: what the newly assigned case manager does — in the seed's words.</summary>
    public const string FollowUpSubject = "New client with a high hardship count: follow up";

    public static string FollowUp(string clientName, string referralNotes) =>
        $"{clientName} has been assigned to you after a high-hardship referral. As the new case manager:\n" +
        "- Review the client's circumstances and follow up if required.\n" +
        "- Get the client's contact details (phone or email).\n\n" +
        $"The contact centre's notes:\n{referralNotes}";
}
