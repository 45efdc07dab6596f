using System.Globalization;
using Tautoko.Core.Clients;

namespace Tautoko.Core.Caseloads;

/// <summary>R-017 and R-018: who phone-based case management is for, and the seven exceptions (002).</summary>
public static class PhoneBasedRules
{
    /// <summary>R-018: the seven exceptions, as client flags (Low Trust may also be a programme tag).</summary>
    public static IReadOnlyList<ClientFlags> Exceptions { get; } =
    [
        ClientFlags.NeedsFaceToFace,
        ClientFlags.LowTrust,
        ClientFlags.VoluntaryUnemploymentOrRecompliance,
        ClientFlags.ObligationsFailureOrSanction,
        ClientFlags.EmergencyHousingOrHomeless,
        ClientFlags.HomeDetentionOrPostDetention,
        ClientFlags.RefugeeQuota,
    ];

    /// <summary>All seven as one mask, for a quick test before naming them.</summary>
    public static ClientFlags ExceptionFlags { get; } = Exceptions.Aggregate(ClientFlags.None, (all, flag) => all | flag);

    /// <summary>The exceptions that apply to the client (empty when none does).</summary>
    public static IReadOnlyList<string> ExceptionsFor(ClientFlags flags, bool hasLowTrustTag)
    {
        var found = new List<string>();
        foreach (var exception in Exceptions)
        {
            if (flags.HasFlag(exception) || (exception == ClientFlags.LowTrust && hasLowTrustTag))
            {
                found.Add(ExceptionName(exception));
            }
        }

        return found;
    }

    /// <summary>
    /// phone-based only for Jobseeker Work Ready clients (of the regions a phone-based unit
    /// serves, which the caller checks against the unit) with none of the seven exceptions.
    /// </summary>
    public static bool MayBePhoneBased(BenefitType benefit, ClientFlags flags, bool hasLowTrustTag) =>
        benefit == BenefitType.JobseekerSupportWorkReady && ExceptionsFor(flags, hasLowTrustTag).Count == 0;

    /// <summary>The seminar every phone-based client attends first (002).</summary>
    public const string KoreroMahi = "Kōrero Mahi – Let's talk work";

    /// <summary>
    /// R-028 (002): "Clients will attend Kōrero Mahi – Let's talk work in their local Service Centre after being granted
    /// Jobseeker Support", then the phone-based team tags and assigns them. What is wrong with the attendance date, or null.
    /// </summary>
    public static string? KoreroMahiProblem(DateOnly? attendedOn, DateOnly today, DateOnly? benefitStart)
    {
        if (attendedOn is not { } attended)
        {
            return $"Say when the client attended {KoreroMahi}: phone-based case management starts after the seminar (R-028).";
        }

        if (attended > today)
        {
            return $"{KoreroMahi} is recorded once the client has attended it, not before (R-028).";
        }

        return benefitStart is { } granted && attended < granted
            ? string.Create(CultureInfo.InvariantCulture, $"{KoreroMahi} follows the grant of Jobseeker Support ({granted:d MMM yyyy}); the attendance date is before it (R-028).")
            : null;
    }

    public static string ExceptionName(ClientFlags flag) => flag switch
    {
        ClientFlags.NeedsFaceToFace => "needs face-to-face engagement",
        ClientFlags.LowTrust => "Low Trust (LTCM)",
        ClientFlags.VoluntaryUnemploymentOrRecompliance => "VU imposed or 6-week re-compliance activity",
        ClientFlags.ObligationsFailureOrSanction => "obligation failure or active sanction",
        ClientFlags.EmergencyHousingOrHomeless => "emergency housing or homeless",
        ClientFlags.HomeDetentionOrPostDetention => "home detention or post-detention conditions",
        ClientFlags.RefugeeQuota => "refugee quota",
        _ => flag.DisplayName(),
    };
}
