using Tautoko.Core.Clients;
using Tautoko.Core.Staff;

namespace Tautoko.Data.Synthetic;

/// <summary>
/// Self-identified gender and ethnicity for a synthetic client (synthetic, not statistics): most clients have them
/// recorded, some not; ethnicity follows the name group loosely, with several groups for some people as the Stats NZ
/// standard allows. Drawn from a generator of its own seeded by the client's index, so adding them changes no other
/// synthetic value (the main stream of the dataset is untouched) and the national load gets them at no extra cost.
/// </summary>
internal static class SyntheticClientIdentity
{
    public static (Gender? Gender, EthnicGroups Ethnicity) For(int index, bool female, NameGroup group)
    {
        var random = new Random(unchecked((index * 486_187_739) ^ 0x5eed_1d));
        Gender? gender = random.NextDouble() switch
        {
            < 0.12 => null,
            < 0.14 => Gender.Undeclared,
            < 0.15 => Gender.AnotherGender,
            _ => female ? Gender.Female : Gender.Male,
        };

        if (random.NextDouble() < 0.15)
        {
            return (gender, EthnicGroups.NotRecorded);
        }

        var main = group switch
        {
            NameGroup.Maori => EthnicGroups.Maori,
            NameGroup.Pakeha => EthnicGroups.European,
            NameGroup.Samoan or NameGroup.Tongan or NameGroup.CookIslands => EthnicGroups.PacificPeoples,
            NameGroup.Chinese or NameGroup.Korean or NameGroup.Filipino or NameGroup.Indian => EthnicGroups.Asian,
            _ => EthnicGroups.MiddleEasternLatinAmericanAfrican,
        };
        var extra = random.NextDouble();
        var also = main switch
        {
            EthnicGroups.Maori when extra < 0.35 => EthnicGroups.European,
            EthnicGroups.European when extra < 0.08 => EthnicGroups.Maori,
            EthnicGroups.PacificPeoples when extra < 0.15 => EthnicGroups.Maori,
            _ when extra > 0.99 => EthnicGroups.OtherEthnicity,
            _ => EthnicGroups.NotRecorded,
        };
        return (gender, main | also);
    }
}
