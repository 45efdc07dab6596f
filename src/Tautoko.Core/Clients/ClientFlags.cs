namespace Tautoko.Core.Clients;

/// <summary>The status flags the seeds use (002, 000). Several may hold at once.</summary>
[Flags]
public enum ClientFlags
{
    None = 0,
    Suspended = 1 << 0,
    ObligationsFailureOrSanction = 1 << 1,
    VoluntaryUnemploymentOrRecompliance = 1 << 2,
    EmergencyHousingOrHomeless = 1 << 3,
    HomeDetentionOrPostDetention = 1 << 4,
    RefugeeQuota = 1 << 5,
    LowTrust = 1 << 6,
    TrespassedFromSites = 1 << 7,
    NeedsFaceToFace = 1 << 8,
}

public static class ClientFlagNames
{
    public static IEnumerable<ClientFlags> Each(this ClientFlags flags) =>
        Enum.GetValues<ClientFlags>().Where(f => f != ClientFlags.None && flags.HasFlag(f));

    public static string DisplayName(this ClientFlags flag) => flag switch
    {
        ClientFlags.Suspended => "Benefit suspended",
        ClientFlags.ObligationsFailureOrSanction => "Obligations failure / active sanction",
        ClientFlags.VoluntaryUnemploymentOrRecompliance => "VU stand-down or 6-week re-compliance",
        ClientFlags.EmergencyHousingOrHomeless => "Emergency housing or homeless",
        ClientFlags.HomeDetentionOrPostDetention => "Home detention or post-detention conditions",
        ClientFlags.RefugeeQuota => "Refugee quota",
        ClientFlags.LowTrust => "Low trust",
        ClientFlags.TrespassedFromSites => "Trespassed from sites (Remote Client Services)",
        ClientFlags.NeedsFaceToFace => "Needs face-to-face service",
        _ => flag.ToString(),
    };
}
