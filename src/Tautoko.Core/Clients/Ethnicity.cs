using Tautoko.Core.Staff;

namespace Tautoko.Core.Clients;

/// <summary>
/// The Stats NZ level-1 ethnic groups a client identifies with, self-identified and optional. A person may identify with
/// several (the Stats NZ standard), so the record holds a set: each group is one bit. No bit set means "not recorded",
/// a category of its own in every breakdown. Reports count a person in every group they name ("total response"), so
/// the groups of a breakdown can add to more than the total.
/// </summary>
[Flags]
public enum EthnicGroups
{
    NotRecorded = 0,
    European = 1 << 0,
    Maori = 1 << 1,
    PacificPeoples = 1 << 2,
    Asian = 1 << 3,
    MiddleEasternLatinAmericanAfrican = 1 << 4,
    OtherEthnicity = 1 << 5,
}

public static class EthnicGroupNames
{
    public const EthnicGroups All = EthnicGroups.European | EthnicGroups.Maori | EthnicGroups.PacificPeoples | EthnicGroups.Asian
        | EthnicGroups.MiddleEasternLatinAmericanAfrican | EthnicGroups.OtherEthnicity;

    /// <summary>The six level-1 groups, in the Stats NZ order.</summary>
    public static IReadOnlyList<EthnicGroups> Groups { get; } =
    [
        EthnicGroups.European, EthnicGroups.Maori, EthnicGroups.PacificPeoples, EthnicGroups.Asian,
        EthnicGroups.MiddleEasternLatinAmericanAfrican, EthnicGroups.OtherEthnicity,
    ];

    public static IEnumerable<EthnicGroups> Each(this EthnicGroups groups) => Groups.Where(g => groups.HasFlag(g));

    public static bool IsValid(EthnicGroups groups) => (groups & ~All) == 0;

    public static string DisplayName(this EthnicGroups group) => group switch
    {
        EthnicGroups.NotRecorded => "Not recorded",
        EthnicGroups.European => "European",
        EthnicGroups.Maori => "Māori",
        EthnicGroups.PacificPeoples => "Pacific Peoples",
        EthnicGroups.Asian => "Asian",
        EthnicGroups.MiddleEasternLatinAmericanAfrican => "Middle Eastern/Latin American/African",
        EthnicGroups.OtherEthnicity => "Other ethnicity",
        _ => string.Join(", ", group.Each().Select(g => g.DisplayName())),
    };

    /// <summary>A client's self-identified gender in the words of R-107's options; null is "not recorded".</summary>
    public static string GenderName(Gender? gender) => gender is { } g ? g.DisplayName() : "Not recorded";
}
