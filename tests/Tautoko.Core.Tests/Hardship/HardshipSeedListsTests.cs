using System.Globalization;
using Tautoko.Core.Hardship;

namespace Tautoko.Core.Tests.Hardship;

/// <summary>The hardship lists compared with seed 000's text (Tables One, Two to Five and Seven), word for word.</summary>
public sealed class HardshipSeedListsTests
{
    private const string SeedFile = "000_ddabb345b6ebe533.txt";

    private static readonly Lazy<string[]> SeedLines = new(() => File.ReadAllLines(SeedPath()));

    [Fact]
    public void DeclineReasons_AreTableOnesSixteenRows_InOrder_R091()
    {
        var rows = TableRows("Table One:", "| Total").Select(r => r[0]).ToList();

        Assert.Equal(16, rows.Count);
        Assert.Equal(rows, Enum.GetValues<DeclineReason>().Select(r => r.SeedText()));
    }

    [Fact]
    public void FoodDeclines2020_AreTableOnes2020Column()
    {
        var rows = TableRows("Table One:", "| Total");

        foreach (var reason in Enum.GetValues<DeclineReason>())
        {
            var row = rows.Single(r => r[0] == reason.SeedText());
            Assert.Equal(int.Parse(row[3], NumberStyles.AllowThousands, CultureInfo.InvariantCulture), HardshipLists.FoodDeclines2020[reason]);
        }
    }

    [Fact]
    public void HouseholdItemGroups_AreTheColumnsOfTablesTwoToFive_R090()
    {
        var header = SeedLines.Value.First(l => l.StartsWith("| | Beds", StringComparison.Ordinal));
        var columns = Cells(header).Where(c => c.Length > 0).ToList();

        Assert.Equal(columns, HardshipLists.HouseholdItemGroups.Select(g => g.SeedText()));
    }

    [Fact]
    public void HouseholdItemDeclineReasons_AreTheTenRowsOfTablesTwoToFive()
    {
        var rows = TableRows("Table Two, three, four and five:", "| Total").Select(r => r[0]).Where(r => r.Length > 0).ToList();

        // The tables capitalise "Income"; the reasons are Table One's.
        Assert.Equal(rows, HardshipLists.HouseholdItemDeclineReasons.Select(r => r.SeedText()), StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public void HouseholdItemDeclines2020_AreThe2020TablesTotalColumn()
    {
        var lines = SeedLines.Value;
        var at = Array.FindIndex(lines, l => l.Contains("| 2020 Calendar year", StringComparison.Ordinal));
        var rows = lines.Skip(at + 1).TakeWhile(l => !l.StartsWith("| Total", StringComparison.Ordinal)).Select(Cells)
            .Where(c => c.Length > 5 && c[0].Length > 0 && !c[0].StartsWith('-')).ToList();

        Assert.Equal(10, rows.Count);
        foreach (var row in rows)
        {
            var reason = HardshipLists.HouseholdItemDeclineReasons.Single(r => string.Equals(r.SeedText(), row[0], StringComparison.OrdinalIgnoreCase));
            Assert.Equal(int.Parse(row[^1], NumberStyles.AllowThousands, CultureInfo.InvariantCulture), HardshipLists.HouseholdItemDeclines2020[reason]);
        }
    }

    [Fact]
    public void SupplementaryAssistanceCategories_AreTableSevensThirtySevenCategories_InOrder_R090()
    {
        const string lead = "The supplementary assistance categories included in this table are: ";
        var note = SeedLines.Value.Single(l => l.Contains(lead, StringComparison.Ordinal));
        var list = note[(note.IndexOf(lead, StringComparison.Ordinal) + lead.Length)..].TrimEnd('.', ' ');
        // The seed ends the EWRAP programme's name with a full stop where the others have a comma.
        var seed = list.Replace("(EWRAP). ", "(EWRAP), ", StringComparison.Ordinal).Split(", ");

        Assert.Equal(37, seed.Length);
        Assert.Equal(seed, Enum.GetValues<SupplementaryAssistanceCategory>().Select(c => c.SeedText()));
    }

    [Fact]
    public void ReviewOutcomes_AreTableSevensSevenRows_WithTheirTotals_R092()
    {
        var rows = TableRows("Table Seven:", "| Total");

        Assert.Equal(rows.Select(r => r[0]), Enum.GetValues<ReviewOutcome>().Select(o => o.SeedText()));
        foreach (var row in rows)
        {
            var outcome = Enum.GetValues<ReviewOutcome>().Single(o => o.SeedText() == row[0]);
            Assert.Equal(int.Parse(row[^1], NumberStyles.AllowThousands, CultureInfo.InvariantCulture), HardshipLists.ReviewOutcomeTotals[outcome]);
        }
    }

    [Fact]
    public void SeedCopy_InTheRepository_MatchesTheSharedSeed()
    {
        var shared = Path.Combine("/work/shared/seeds", SeedFile);
        if (File.Exists(shared))
        {
            Assert.Equal(File.ReadAllText(shared), File.ReadAllText(SeedPath()));
        }
    }

    /// <summary>The data rows of the first table after the heading, up to the row starting with <paramref name="end"/>.</summary>
    private static List<string[]> TableRows(string heading, string end)
    {
        var lines = SeedLines.Value;
        var at = Array.FindIndex(lines, l => l.StartsWith(heading, StringComparison.Ordinal));
        Assert.True(at >= 0, $"The seed has '{heading}'.");
        var rows = new List<string[]>();
        foreach (var line in lines.Skip(at + 1).SkipWhile(l => !l.StartsWith('|')))
        {
            if (line.StartsWith(end, StringComparison.Ordinal) || !line.StartsWith('|'))
            {
                break;
            }

            var cells = Cells(line);
            if (cells[0].Length == 0 || cells[0].StartsWith("---", StringComparison.Ordinal) || cells[0].StartsWith("Reason for", StringComparison.Ordinal)
                || cells[0] is "Outcome" || cells[0].StartsWith('-'))
            {
                continue;
            }

            rows.Add(cells);
        }

        return rows;
    }

    private static string[] Cells(string line) => [.. line.Trim().Trim('|').Split('|').Select(c => c.Trim())];

    private static string SeedPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "docs", "seeds", SeedFile);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"docs/seeds/{SeedFile} was not found above {AppContext.BaseDirectory}.");
    }
}
