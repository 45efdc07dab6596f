using Tautoko.Bench.Common;

namespace Tautoko.Bench.Booking;

internal sealed record BookingLoadOptions(string Database, string BenchDatabase, int Bookers, int Seconds, int Runs, int Clients, double HotShare, int WarmUpSeconds, int BaselineSlots, bool NoReport, IReadOnlyList<string> Arguments)
{
    public static BookingLoadOptions? Parse(string[] args)
    {
        if (BenchArguments.Parse(args, ["--db", "--bookers", "--seconds", "--runs", "--clients", "--hot", "--warm-up", "--bench-db", "--baseline-slots"], ["--no-report"]) is not { } parsed
            || parsed.PostgresServer() is not { } database)
        {
            return null;
        }

        var benchDatabase = parsed.Text("--bench-db") ?? "tautoko_bench_booking";
        if (!System.Text.RegularExpressions.Regex.IsMatch(benchDatabase, "^[a-z_][a-z0-9_]*$"))
        {
            Console.Error.WriteLine("--bench-db is the name of the database the bench drops and creates: lower-case letters, digits and underscores.");
            return null;
        }

        return new BookingLoadOptions(
            database,
            benchDatabase,
            parsed.Int("--bookers", 64),
            parsed.Int("--seconds", 15),
            Math.Max(1, parsed.Int("--runs", 3)),
            parsed.Int("--clients", 3000),
            Math.Clamp(parsed.Double("--hot", 0.05), 0, 1),
            parsed.Int("--warm-up", 10),
            Math.Max(1000, parsed.Int("--baseline-slots", 300_000)),
            parsed.Flag("--no-report"),
            args);
    }
}
