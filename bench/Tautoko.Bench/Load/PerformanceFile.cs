using System.Text;

namespace Tautoko.Bench.Load;

/// <summary>Replaces one "## " section of docs/PERFORMANCE.md, leaving the others as they are.</summary>
internal static class PerformanceFile
{
    public static string Update(string section, string body)
    {
        var path = Path.Combine(RepositoryRoot(), "docs", "PERFORMANCE.md");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var lines = File.Exists(path) ? [.. File.ReadAllLines(path)] : new List<string> { "# Tautoko — performance", string.Empty, "Figures written by `bench/Tautoko.Bench` (one section per benchmark, rewritten on each run); targets are in the shared BENCHMARKS.md.", string.Empty };
        var heading = $"## {section}";
        var start = lines.FindIndex(l => l.Trim() == heading);
        var replacement = new List<string> { heading, string.Empty };
        replacement.AddRange(body.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')));
        replacement.Add(string.Empty);
        if (start < 0)
        {
            if (lines.Count > 0 && lines[^1].Length > 0)
            {
                lines.Add(string.Empty);
            }

            lines.AddRange(replacement);
        }
        else
        {
            var end = lines.FindIndex(start + 1, l => l.StartsWith("## ", StringComparison.Ordinal));
            end = end < 0 ? lines.Count : end;
            lines.RemoveRange(start, end - start);
            lines.InsertRange(start, replacement);
        }

        File.WriteAllText(path, string.Join('\n', lines).TrimEnd() + "\n", new UTF8Encoding(false));
        return path;
    }

    /// <summary>The checkout the bench runs in (the folder holding Tautoko.slnx), or the current folder.</summary>
    internal static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Tautoko.slnx")))
            {
                return directory.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
