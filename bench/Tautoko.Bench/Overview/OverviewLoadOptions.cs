using System.Globalization;

namespace Tautoko.Bench.Overview;

internal sealed record OverviewLoadOptions(string Database, int Readers, int Seconds, int Runs, int Clients, int Rate, int WarmUpSeconds, bool NoReport, IReadOnlyList<string> Arguments)
{
    public static OverviewLoadOptions? Parse(string[] args)
    {
        string? database = null;
        var readers = 64;
        var seconds = 15;
        var runs = 3;
        var clients = 5000;
        var rate = 500;
        var warmUp = 10;
        var noReport = false;
        for (var i = 1; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--db":
                    database = Next();
                    break;
                case "--readers":
                    readers = int.Parse(Next(), NumberStyles.None, CultureInfo.InvariantCulture);
                    break;
                case "--seconds":
                    seconds = int.Parse(Next(), NumberStyles.None, CultureInfo.InvariantCulture);
                    break;
                case "--runs":
                    runs = int.Parse(Next(), NumberStyles.None, CultureInfo.InvariantCulture);
                    break;
                case "--clients":
                    clients = int.Parse(Next(), NumberStyles.None, CultureInfo.InvariantCulture);
                    break;
                case "--warm-up":
                    warmUp = int.Parse(Next(), NumberStyles.None, CultureInfo.InvariantCulture);
                    break;
                case "--rate":
                    rate = int.Parse(Next(), NumberStyles.None, CultureInfo.InvariantCulture);
                    break;
                case "--no-report":
                    noReport = true;
                    break;
                default:
                    Console.Error.WriteLine($"Unknown option {args[i]}.");
                    return null;
            }
        }

        if (string.IsNullOrWhiteSpace(database) || !database.Contains("Host=", StringComparison.OrdinalIgnoreCase))
        {
            Console.Error.WriteLine("--db is required: an Npgsql connection string (Host=…) to a PostgreSQL server where the bench may create its database.");
            return null;
        }

        return new OverviewLoadOptions(database, readers, seconds, Math.Max(1, runs), clients, Math.Max(1, rate), warmUp, noReport, args);
    }
}
