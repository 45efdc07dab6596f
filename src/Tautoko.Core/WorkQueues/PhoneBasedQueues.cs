namespace Tautoko.Core.WorkQueues;

/// <summary>
/// 002 ("Connecting clients with phone-based case manager"): "Any work on hand requests submitted at sites should be
/// referred to their appropriate CMS work queue for Ready for Processing or Hold. Whanganui Phone-based team use
/// 'Centralised in-bound Whanganui' Ready for Processing and Hold; Napier Phone-based team use 'Centralised Services
/// Hawkes Bay Unit' Ready for Processing and Hold."
/// </summary>
public static class PhoneBasedQueues
{
    public const string Whanganui = "Centralised in-bound Whanganui";
    public const string HawkesBay = "Centralised Services Hawkes Bay Unit";

    /// <summary>The seed's centralised queue set for a phone-based unit, by the unit's name or town; null for other units.</summary>
    public static string? CentralisedFor(string siteName)
    {
        ArgumentNullException.ThrowIfNull(siteName);
        return siteName.Contains("Whanganui", StringComparison.OrdinalIgnoreCase) ? Whanganui
            : siteName.Contains("Napier", StringComparison.OrdinalIgnoreCase) || siteName.Contains("Hawke", StringComparison.OrdinalIgnoreCase) ? HawkesBay
            : null;
    }

    /// <summary>The queue's name as the seed gives it: "Centralised in-bound Whanganui Ready for Processing", "… Hold".</summary>
    public static string QueueName(string centralised, WorkQueueKind kind) => kind switch
    {
        WorkQueueKind.ReadyForProcessing => $"{centralised} Ready for Processing",
        WorkQueueKind.WorkOnHold => $"{centralised} Hold",
        _ => $"{centralised} {kind.DisplayName()}",
    };

    /// <summary>The standard name of a site's queue of <paramref name="kind"/>: the seed's centralised name for the two phone-based units.</summary>
    public static string StandardName(string siteName, Sites.SiteKind siteKind, WorkQueueKind kind) =>
        siteKind == Sites.SiteKind.PhoneBasedCaseManagementUnit && CentralisedFor(siteName) is { } centralised
            ? QueueName(centralised, kind)
            : kind.DisplayName();

    /// <summary>Ready for Processing, or Hold when the request is to wait.</summary>
    public static WorkQueueKind KindFor(bool hold) => hold ? WorkQueueKind.WorkOnHold : WorkQueueKind.ReadyForProcessing;
}
