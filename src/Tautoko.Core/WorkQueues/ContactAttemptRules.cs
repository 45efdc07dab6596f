namespace Tautoko.Core.WorkQueues;

public static class ContactAttemptRules
{
    /// <summary>R-073 (003): "A minimum of three contact attempts should be made before a task is closed".</summary>
    public const int MinimumBeforeNoContact = 3;
}
