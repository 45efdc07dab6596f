using System.Collections.ObjectModel;
using System.Text;

namespace Tautoko.Core.Calendar;

/// <summary>Display names and tolerant parsing for <see cref="AnniversaryDistrict"/>.</summary>
public static class AnniversaryDistricts
{
    public static IReadOnlyList<AnniversaryDistrict> All { get; } =
        Array.AsReadOnly(Enum.GetValues<AnniversaryDistrict>());

    // Keys are folded (lower case letters only), so "Hawke's Bay", "hawkes bay" and "HawkesBay" meet.
    private static readonly ReadOnlyDictionary<string, AnniversaryDistrict> Aliases = BuildAliases();

    /// <summary>The name people use, e.g. "Hawke's Bay", "South Canterbury", "Chatham Islands".</summary>
    public static string DisplayName(AnniversaryDistrict district)
    {
        // SPEC appendix: anniversary days are named for the provincial district, e.g. "Hawke's Bay".
        return district switch
        {
            AnniversaryDistrict.Wellington => "Wellington",
            AnniversaryDistrict.Auckland => "Auckland",
            AnniversaryDistrict.Nelson => "Nelson",
            AnniversaryDistrict.Taranaki => "Taranaki",
            AnniversaryDistrict.Otago => "Otago",
            AnniversaryDistrict.Southland => "Southland",
            AnniversaryDistrict.SouthCanterbury => "South Canterbury",
            AnniversaryDistrict.HawkesBay => "Hawke's Bay",
            AnniversaryDistrict.Marlborough => "Marlborough",
            AnniversaryDistrict.Canterbury => "Canterbury",
            AnniversaryDistrict.Westland => "Westland",
            AnniversaryDistrict.ChathamIslands => "Chatham Islands",
        };
    }

    /// <summary>
    /// Parses a display name or enum name, ignoring case, spaces, apostrophes, hyphens, macrons
    /// and a trailing "Anniversary (Day)"; "West Coast" means Westland, "Chathams" the Chatham Islands.
    /// </summary>
    public static bool TryParse(string? text, out AnniversaryDistrict district)
    {
        // SPEC appendix: a site's provincial district, entered by people, decides its anniversary day.
        var key = Fold(text);
        foreach (var suffix in (ReadOnlySpan<string>)["anniversaryday", "anniversary"])
        {
            if (key.Length > suffix.Length && key.EndsWith(suffix, StringComparison.Ordinal))
            {
                key = key[..^suffix.Length];
                break;
            }
        }

        return Aliases.TryGetValue(key, out district);
    }

    private static ReadOnlyDictionary<string, AnniversaryDistrict> BuildAliases()
    {
        var aliases = new Dictionary<string, AnniversaryDistrict>(StringComparer.Ordinal);
        foreach (var district in Enum.GetValues<AnniversaryDistrict>())
        {
            aliases[Fold(DisplayName(district))] = district;
            aliases[Fold(district.ToString())] = district;
        }

        aliases["westcoast"] = AnniversaryDistrict.Westland;
        aliases["chathams"] = AnniversaryDistrict.ChathamIslands;
        aliases["chatham"] = AnniversaryDistrict.ChathamIslands;
        aliases["hawkebay"] = AnniversaryDistrict.HawkesBay;
        return new ReadOnlyDictionary<string, AnniversaryDistrict>(aliases);
    }

    private static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            // Decomposition splits "ā" into "a" and a combining macron, which is not a letter.
            if (char.IsLetter(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
