using System.Text.RegularExpressions;

namespace Tautoko.Core.Vacancies;

/// <summary>
/// NZ driver licence classes (1 car, 2 medium rigid, 3 medium combination, 4 heavy rigid, 5 heavy combination, 6 motorcycle)
/// and the endorsements employers ask for (F forklift, R roller, T tracks, W wheels, D dangerous goods, P passenger).
/// A vacancy stores the codes it requires ("1", "2", "F" …); a client's held codes are read from the Jobseeker Profile's
/// licences text ("Class 2, forklift F endorsement").
/// </summary>
public static partial class Licences
{
    public static readonly IReadOnlyList<string> Codes = ["1", "2", "3", "4", "5", "6", "F", "R", "T", "W", "D", "P"];

    public static string Describe(string code) => code switch
    {
        "1" or "2" or "3" or "4" or "5" or "6" => "Class " + code,
        "F" => "F (forklift) endorsement",
        "R" => "R (roller) endorsement",
        "T" => "T (tracks) endorsement",
        "W" => "W (wheels) endorsement",
        "D" => "D (dangerous goods) endorsement",
        "P" => "P (passenger) endorsement",
        _ => code,
    };

    /// <summary>The codes a free-text licences part names (class numbers, endorsement letters or their words).</summary>
    public static IReadOnlySet<string> Parse(string? text)
    {
        var held = new SortedSet<string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(text))
        {
            return held;
        }

        foreach (Match m in ClassPattern().Matches(text))
        {
            held.Add(m.Groups[1].Value);
        }

        foreach (Match m in EndorsementPattern().Matches(text))
        {
            held.Add(m.Groups[1].Value.ToUpperInvariant());
        }

        var lower = text.ToLowerInvariant();
        if (lower.Contains("forklift", StringComparison.Ordinal)) held.Add("F");
        if (lower.Contains("wheels", StringComparison.Ordinal)) held.Add("W");
        if (lower.Contains("tracks", StringComparison.Ordinal)) held.Add("T");
        if (lower.Contains("roller", StringComparison.Ordinal)) held.Add("R");
        if (lower.Contains("dangerous goods", StringComparison.Ordinal)) held.Add("D");
        if (lower.Contains("passenger", StringComparison.Ordinal)) held.Add("P");
        return held;
    }

    /// <summary>
    /// Whether the held codes cover a required one. A heavier class covers the lighter classes 1–5 (a class 4 holder may
    /// drive class 2 and class 1 vehicles); class 6 and the endorsements only cover themselves.
    /// </summary>
    public static bool Covers(IReadOnlySet<string> held, string required)
    {
        if (held.Contains(required))
        {
            return true;
        }

        if (required.Length == 1 && required[0] is >= '1' and <= '5')
        {
            return held.Any(h => h.Length == 1 && h[0] is >= '1' and <= '5' && h[0] >= required[0]);
        }

        return false;
    }

    /// <summary>Normalises a requested list: upper case, known codes only, no duplicates; null when any code is unknown.</summary>
    public static IReadOnlyList<string>? Normalise(IEnumerable<string>? codes)
    {
        var list = new List<string>();
        foreach (var raw in codes ?? [])
        {
            var code = raw.Trim().ToUpperInvariant();
            if (!Codes.Contains(code))
            {
                return null;
            }

            if (!list.Contains(code))
            {
                list.Add(code);
            }
        }

        return list;
    }

    [GeneratedRegex(@"\bclass\s*([1-6])\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClassPattern();

    [GeneratedRegex(@"\b([FRTWDP])\s*endorsement", RegexOptions.IgnoreCase)]
    private static partial Regex EndorsementPattern();
}
