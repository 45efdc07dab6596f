using System.Globalization;

namespace Tautoko.Bench.Booking;

internal sealed record BookingLoadOptions(string Database, string BenchDatabase, int Bookers, int Seconds, int Runs, int Clients, double HotShare, int WarmUpSeconds, bool NoReport, IReadOnlyList<string> Arguments)
{
    public static BookingLoadOptions? Parse(string[] args)
    {
        string? database = null;
        var bookers = 64;
        var seconds = 15;
        var runs = 3;
        var clients = 3000;
        var hot = 0.05;
        var warmUp = 10;
        var noReport = false;
        var benchDatabase = "tautoko_bench_booking";
        for (var i = 1; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--db":
                    database = Next();
                    break;
                case "--bookers":
                    bookers = int.Parse(Next(), NumberStyles.None, CultureInfo.InvariantCulture);
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
                case "--hot":
                    hot = double.Parse(Next(), NumberStyles.Float, CultureInfo.InvariantCulture);
                    break;
                case "--warm-up":
                    warmUp = int.Parse(Next(), NumberStyles.None, CultureInfo.InvariantCulture);
                    break;
                case "--bench-db":
                    benchDatabase = Next();
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

        if (!System.Text.RegularExpressions.Regex.IsMatch(benchDatabase, "^[a-z_][a-z0-9_]*$"))
        {
            Console.Error.WriteLine("--bench-db is the name of the database the bench drops and creates: lower-case letters, digits and underscores.");
            return null;
        }

        return new BookingLoadOptions(database, benchDatabase, bookers, seconds, Math.Max(1, runs), clients, Math.Clamp(hot, 0, 1), warmUp, noReport, args);
    }
}
