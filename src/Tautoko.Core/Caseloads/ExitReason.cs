namespace Tautoko.Core.Caseloads;

/// <summary>R-024: the five reasons for exiting case management (002).</summary>
public enum ExitReason
{
    LengthOfTimeInService = 0,
    ReceivingOtherLongTermService = 1,
    LowMotivationOrContact = 2,
    AggressiveBehaviour = 3,
    Other = 4,
}

/// <summary>How a placement ended, beyond the five exit reasons.</summary>
public enum PlacementEnd
{
    Exited = 0,
    Transferred = 1,
    ContractedService = 2,
}

public static class ExitReasons
{
    public static string DisplayName(this ExitReason reason) => reason switch
    {
        ExitReason.LengthOfTimeInService => "Length of time in service",
        ExitReason.ReceivingOtherLongTermService => "Receiving other long-term service",
        ExitReason.LowMotivationOrContact => "Low motivation or contact",
        ExitReason.AggressiveBehaviour => "Aggressive behaviour",
        ExitReason.Other => "Other",
    };

    /// <summary>The seed's "When would you use this reason?" column, shown beside each choice.</summary>
    public static string WhenToUse(this ExitReason reason) => reason switch
    {
        ExitReason.LengthOfTimeInService => "The client has been in service for several months and it is not likely to be effective for them no matter how long they remain. Review at regular intervals.",
        ExitReason.ReceivingOtherLongTermService => "The client is receiving an external service better suited to their needs (social support, employment or training), e.g. long-term training or support by an external agency.",
        ExitReason.LowMotivationOrContact => "You cannot contact the client over an extended period to arrange meaningful engagement. Only after all options to improve motivation or contact, including obligations failures and sanctions, were considered.",
        ExitReason.AggressiveBehaviour => "It is not safe to ask the client to come into the office because of their behaviour. Phone-based case management may be considered.",
        ExitReason.Other => "None of the above, but you have determined the service is not appropriate for the client.",
    };

    public static bool TryParse(string? text, out ExitReason reason)
    {
        foreach (var candidate in Enum.GetValues<ExitReason>())
        {
            if (string.Equals(text, candidate.ToString(), StringComparison.OrdinalIgnoreCase)
                || string.Equals(text, candidate.DisplayName(), StringComparison.OrdinalIgnoreCase))
            {
                reason = candidate;
                return true;
            }
        }

        reason = default;
        return false;
    }
}
