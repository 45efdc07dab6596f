namespace Tautoko.Core.Vacancies;

/// <summary>One ANZSCO code: a major group (1 digit), sub-major group (2) or occupation (6).</summary>
public sealed record AnzscoOccupation(string Code, string Title)
{
    public int Level => Code.Length;
}

/// <summary>
/// The ANZSCO codes the product uses (ANZSCO First Edition Revision 1 / Version 1.2-1.3, ABS and Stats NZ), read once from
/// the embedded <c>anzsco-occupations.csv</c>. The same rows are seeded into the <c>anzsco_occupations</c> table.
/// </summary>
public static class AnzscoCatalogue
{
    private static readonly Lazy<IReadOnlyList<AnzscoOccupation>> Rows = new(Load);
    private static readonly Lazy<Dictionary<string, AnzscoOccupation>> ByCode = new(() => All.ToDictionary(o => o.Code, StringComparer.Ordinal));

    public static IReadOnlyList<AnzscoOccupation> All => Rows.Value;

    /// <summary>The 6-digit occupations only.</summary>
    public static IEnumerable<AnzscoOccupation> Occupations => All.Where(o => o.Level == 6);

    public static AnzscoOccupation? Find(string? code) => code is not null && ByCode.Value.TryGetValue(code.Trim(), out var o) ? o : null;

    /// <summary>True when <paramref name="code"/> is a 6-digit occupation of the catalogue.</summary>
    public static bool IsOccupation(string? code) => Find(code) is { Level: 6 };

    /// <summary>The unit group (first four digits) of a 6-digit code.</summary>
    public static string UnitGroup(string code) => code[..4];

    /// <summary>The minor group (first three digits) of a 6-digit code: the grain the matching query filters on.</summary>
    public static string MinorGroup(string code) => code[..3];

    /// <summary>The title of the sub-major group (first two digits) of a code.</summary>
    public static string? SubMajorTitle(string code) => code.Length >= 2 ? Find(code[..2])?.Title : null;

    private static IReadOnlyList<AnzscoOccupation> Load()
    {
        using var stream = typeof(AnzscoCatalogue).Assembly.GetManifestResourceStream("Tautoko.Core.Vacancies.anzsco-occupations.csv")
            ?? throw new InvalidOperationException("The ANZSCO resource is missing from Tautoko.Core.");
        using var reader = new StreamReader(stream);
        var rows = new List<AnzscoOccupation>();
        string? line;
        var header = true;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (header)
            {
                header = false;
                continue;
            }

            var comma = line.IndexOf(',', StringComparison.Ordinal);
            var code = line[..comma];
            var title = line[(comma + 1)..].Trim('"');
            rows.Add(new AnzscoOccupation(code, title));
        }

        return rows;
    }
}
