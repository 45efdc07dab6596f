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
