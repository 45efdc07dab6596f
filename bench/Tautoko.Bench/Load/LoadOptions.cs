using System.Globalization;
using Tautoko.Data.Synthetic;

namespace Tautoko.Bench.Load;

internal sealed record LoadOptions(string Database, bool Recreate, int? Clients, int Seed, DateOnly Today, int? Threads, bool NoReport, IReadOnlyList<string> Arguments)
{
    public static LoadOptions? Parse(string[] args)
    {
        string? database = null;
        var recreate = false;
        var noReport = false;
        int? clients = null;
        int? threads = null;
        var seed = SyntheticDefaults.Seed;
        var today = SyntheticDefaults.Today;
        for (var i = 1; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--db":
                    database = Next();
                    break;
                case "--recreate":
                    recreate = true;
                    break;
                case "--no-report":
                    noReport = true;
                    break;
                case "--clients":
                    clients = int.Parse(Next(), NumberStyles.None, CultureInfo.InvariantCulture);
                    break;
                case "--threads":
                    threads = int.Parse(Next(), NumberStyles.None, CultureInfo.InvariantCulture);
                    break;
                case "--seed":
                    seed = int.Parse(Next(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                    break;
                case "--today":
                    today = DateOnly.ParseExact(Next(), "yyyy-MM-dd", CultureInfo.InvariantCulture);
                    break;
                default:
                    Console.Error.WriteLine($"Unknown option {args[i]}.");
                    return null;
            }
        }

        if (string.IsNullOrWhiteSpace(database))
        {
            Console.Error.WriteLine("--db is required (a PostgreSQL connection string, postgres:// URL or SQLite path).");
            return null;
        }

        return new LoadOptions(database, recreate, clients, seed, today, threads, noReport, args);
    }
}
