using System.Globalization;
using Tautoko.Bench.Common;
using Tautoko.Data.Synthetic;

namespace Tautoko.Bench.Load;

internal sealed record LoadOptions(string Database, bool Recreate, int? Clients, int Seed, DateOnly Today, int? Threads, bool NoReport, IReadOnlyList<string> Arguments)
{
    public static LoadOptions? Parse(string[] args)
    {
        if (BenchArguments.Parse(args, ["--db", "--clients", "--threads", "--seed", "--today"], ["--recreate", "--no-report"]) is not { } parsed)
        {
            return null;
        }

        var database = parsed.Text("--db");
        if (string.IsNullOrWhiteSpace(database))
        {
            Console.Error.WriteLine("--db is required (a PostgreSQL connection string, postgres:// URL or SQLite path).");
            return null;
        }

        var today = parsed.Text("--today") is { } text ? DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture) : SyntheticDefaults.Today;
        return new LoadOptions(database, parsed.Flag("--recreate"), parsed.OptionalInt("--clients"), parsed.SignedInt("--seed", SyntheticDefaults.Seed), today, parsed.OptionalInt("--threads"), parsed.Flag("--no-report"), args);
    }
}
