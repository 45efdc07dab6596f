namespace Tautoko.Core.Complaints;

/// <summary>R-093: the nine outcomes of a complaint about frontline staff behaviour (000, Table Eight), in the seed's order.</summary>
public enum ComplaintOutcome
{
    ClosedLackOfRepresentation = 0,
    ClosedMessageLeftOrLetterSent = 1,
    EmergencyHousingNoFurtherAction = 2,
    ComplaintMadeInError = 3,
    ResolvedComplainantDissatisfied = 4,
    ResolvedComplainantDissatisfiedReferredToReview = 5,
    ResolvedComplainantSatisfied = 6,
    ResolvedComplainantSatisfiedReferredToReview = 7,
    ResolvedOutcomeNotNoted = 8,
}

/// <summary>How a complaint reached the agency.</summary>
public enum ComplaintChannel
{
    FaceToFace = 0,
    Phone = 1,
    Email = 2,
    Letter = 3,
    Online = 4,
}

public static class ComplaintOutcomes
{
    /// <summary>The nine outcomes in Table Eight's column order.</summary>
    public static IReadOnlyList<ComplaintOutcome> All { get; } = Enum.GetValues<ComplaintOutcome>();

    /// <summary>R-093: the outcome as Table Eight heads its column, word for word.</summary>
    public static string SeedText(this ComplaintOutcome outcome) => outcome switch
    {
        ComplaintOutcome.ClosedLackOfRepresentation => "Closed: Lack of representation",
        ComplaintOutcome.ClosedMessageLeftOrLetterSent => "Closed: Message left/letter sent",
        ComplaintOutcome.EmergencyHousingNoFurtherAction => "Emergency Housing Complaints: No Further Action",
        ComplaintOutcome.ComplaintMadeInError => "Complaint made in Error",
        ComplaintOutcome.ResolvedComplainantDissatisfied => "Resolved: Complainant dissatisfied",
        ComplaintOutcome.ResolvedComplainantDissatisfiedReferredToReview => "Resolved: Complainant dissatisfied; client referred to review of decision process",
        ComplaintOutcome.ResolvedComplainantSatisfied => "Resolved: Complainant satisfied",
        ComplaintOutcome.ResolvedComplainantSatisfiedReferredToReview => "Resolved: Complainant satisfied; client referred to review of decision process",
        ComplaintOutcome.ResolvedOutcomeNotNoted => "Resolved but outcome not noted",
    };

    /// <summary>
    /// Table Eight's grand totals per outcome (1 July 2017 to 31 May 2021, 10,200 complaints), the mix synthetic data follows.
    /// </summary>
    public static int SeedGrandTotal(this ComplaintOutcome outcome) => outcome switch
    {
        ComplaintOutcome.ClosedLackOfRepresentation => 1431,
        ComplaintOutcome.ClosedMessageLeftOrLetterSent => 2053,
        ComplaintOutcome.EmergencyHousingNoFurtherAction => 3,
        ComplaintOutcome.ComplaintMadeInError => 241,
        ComplaintOutcome.ResolvedComplainantDissatisfied => 901,
        ComplaintOutcome.ResolvedComplainantDissatisfiedReferredToReview => 58,
        ComplaintOutcome.ResolvedComplainantSatisfied => 5423,
        ComplaintOutcome.ResolvedComplainantSatisfiedReferredToReview => 31,
        ComplaintOutcome.ResolvedOutcomeNotNoted => 59,
    };

    /// <summary>Whether the outcome refers the client to the review of decision process.</summary>
    public static bool RefersToReviewOfDecision(this ComplaintOutcome outcome) =>
        outcome is ComplaintOutcome.ResolvedComplainantDissatisfiedReferredToReview or ComplaintOutcome.ResolvedComplainantSatisfiedReferredToReview;

    /// <summary>Reads an outcome by its name or its seed text (case-insensitive), as a form or API sends it.</summary>
    public static bool TryParse(string? text, out ComplaintOutcome outcome)
    {
        outcome = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.ToString(), trimmed, StringComparison.OrdinalIgnoreCase) || string.Equals(candidate.SeedText(), trimmed, StringComparison.OrdinalIgnoreCase))
            {
                outcome = candidate;
                return true;
            }
        }

        return false;
    }

    public static string DisplayName(this ComplaintChannel channel) => channel switch
    {
        ComplaintChannel.FaceToFace => "Face to face",
        ComplaintChannel.Phone => "Phone",
        ComplaintChannel.Email => "Email",
        ComplaintChannel.Letter => "Letter",
        ComplaintChannel.Online => "Online",
    };
}
