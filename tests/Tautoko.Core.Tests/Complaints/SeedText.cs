namespace Tautoko.Core.Tests.Complaints;

/// <summary>The repository's copies of the seeds (docs/seeds), checked against the shared seeds where those are present.</summary>
internal static class SeedText
{
    public const string Oia2021 = "000_ddabb345b6ebe533.txt";
    public const string IcsEvaluation = "004_317b6fd478e9c221.txt";

    public static string[] Lines(string file) => File.ReadAllLines(Path(file));

    public static string Path(string file)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "docs", "seeds", file);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"docs/seeds/{file} was not found above {AppContext.BaseDirectory}.");
    }

    /// <summary>The cells of a markdown table row, trimmed, empty cells left out.</summary>
    public static IReadOnlyList<string> Cells(string row) =>
        [.. row.Split('|').Select(c => c.Trim()).Where(c => c.Length > 0)];
}
