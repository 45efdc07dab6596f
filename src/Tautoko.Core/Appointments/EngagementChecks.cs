namespace Tautoko.Core.Appointments;

/// <summary>
/// R-064 (002, 003): "At each engagement the following areas should also be checked to see if any further needs
/// can be resolved" — eligibility including the partner's circumstances, the Service Centre Referral queue,
/// client events in progress, on hold or ready for processing, benefit expiries, redirections and debt offsets.
/// </summary>
public static class EngagementChecks
{
    public const string Rule = "R-064";

    public const string Eligibility = "eligibility";
    public const string ReferralQueue = "referralQueue";
    public const string ClientEvents = "clientEvents";
    public const string BenefitExpiries = "benefitExpiries";
    public const string RedirectionsAndDebtOffsets = "redirectionsAndDebtOffsets";

    /// <summary>The checks, in the seed's words; with a partner the eligibility check names the partner's circumstances.</summary>
    public static IReadOnlyList<(string Key, string Label)> Items(bool hasPartner) =>
    [
        (Eligibility, hasPartner
            ? "Client's eligibility to Jobseeker Support, Sole Parent Support etc., including checking the partner's circumstances"
            : "Client's eligibility to Jobseeker Support, Sole Parent Support etc."),
        (ReferralQueue, "S2P Service Centre Referral queue"),
        (ClientEvents, "Client event notes in progress, on hold or ready for processing"),
        (BenefitExpiries, "SWIFTT expiries (i.e., reapplications)"),
        (RedirectionsAndDebtOffsets, "Redirections and debt offsets"),
    ];

    /// <summary>Keys that are not one of the checks.</summary>
    public static IReadOnlyList<string> Unknown(IEnumerable<string> done)
    {
        ArgumentNullException.ThrowIfNull(done);
        var keys = Items(false).Select(i => i.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. done.Where(d => !keys.Contains(d))];
    }

    /// <summary>The labels of the checks not done.</summary>
    public static IReadOnlyList<string> Missing(IEnumerable<string> done, bool hasPartner)
    {
        ArgumentNullException.ThrowIfNull(done);
        var set = done.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. Items(hasPartner).Where(i => !set.Contains(i.Key)).Select(i => i.Label)];
    }

    /// <summary>The engagement log's line: what was checked and what was not.</summary>
    public static string Summary(IEnumerable<string> done, bool hasPartner)
    {
        ArgumentNullException.ThrowIfNull(done);
        var set = done.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var items = Items(hasPartner);
        var checkedLabels = items.Where(i => set.Contains(i.Key)).Select(i => i.Label).ToList();
        var missing = items.Where(i => !set.Contains(i.Key)).Select(i => i.Label).ToList();
        return $"Checks at this engagement (R-064): checked — {(checkedLabels.Count == 0 ? "none" : string.Join("; ", checkedLabels))}" +
               (missing.Count == 0 ? "." : $"; not checked — {string.Join("; ", missing)}.");
    }
}
