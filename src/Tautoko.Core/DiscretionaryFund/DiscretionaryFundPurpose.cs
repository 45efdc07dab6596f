namespace Tautoko.Core.DiscretionaryFund;

/// <summary>What a discretionary fund grant pays for: the examples 004 §2.6 gives, and anything else an ICSM describes.</summary>
public enum DiscretionaryFundPurpose
{
    RehabilitationFees = 0,
    SmallBusinessStartUp = 1,
    DriverLicenceTesting = 2,
    Other = 3,
}

public static class DiscretionaryFundPurposes
{
    public static IReadOnlyList<DiscretionaryFundPurpose> All { get; } = Enum.GetValues<DiscretionaryFundPurpose>();

    /// <summary>The purposes the seed lists as examples of the fund's use (004 §2.6), in its order.</summary>
    public static IReadOnlyList<DiscretionaryFundPurpose> FromSeed { get; } =
        [DiscretionaryFundPurpose.RehabilitationFees, DiscretionaryFundPurpose.SmallBusinessStartUp, DiscretionaryFundPurpose.DriverLicenceTesting];

    /// <summary>004 §2.6: the example of the fund's use, word for word (Other is Tautoko's: the seed's list is of examples).</summary>
    public static string SeedText(this DiscretionaryFundPurpose purpose) => purpose switch
    {
        DiscretionaryFundPurpose.RehabilitationFees => "Paying fees for clients to seek rehabilitation for alcohol and other drugs",
        DiscretionaryFundPurpose.SmallBusinessStartUp => "Initial funding for clients to set up their own small business",
        DiscretionaryFundPurpose.DriverLicenceTesting => "Driver’s licence testing, where clients had previously failed and were no longer eligible for standard Work and Income support.",
        DiscretionaryFundPurpose.Other => "Another purpose that helps the client towards their goals (described in the request)",
    };

    /// <summary>A short label for lists and reports.</summary>
    public static string DisplayName(this DiscretionaryFundPurpose purpose) => purpose switch
    {
        DiscretionaryFundPurpose.RehabilitationFees => "Rehabilitation fees (alcohol and other drugs)",
        DiscretionaryFundPurpose.SmallBusinessStartUp => "Small business start-up",
        DiscretionaryFundPurpose.DriverLicenceTesting => "Driver's licence testing",
        DiscretionaryFundPurpose.Other => "Other",
    };
}
