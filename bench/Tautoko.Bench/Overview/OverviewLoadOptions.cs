using Tautoko.Bench.Common;

namespace Tautoko.Bench.Overview;

internal sealed record OverviewLoadOptions(string Database, string BenchDatabase, int Readers, int Seconds, int Runs, int Clients, int? Rate, int WarmUpSeconds, bool NoReport, IReadOnlyList<string> Arguments)
{
    public static OverviewLoadOptions? Parse(string[] args)
    {
        if (BenchArguments.Parse(args, ["--db", "--readers", "--seconds", "--runs", "--clients", "--warm-up", "--rate", "--bench-db"], ["--no-report"]) is not { } parsed
            || parsed.PostgresServer() is not { } database)
        {
            return null;
        }

        var benchDatabase = parsed.Text("--bench-db") ?? "tautoko_bench_overview";
        if (!System.Text.RegularExpressions.Regex.IsMatch(benchDatabase, "^[a-z_][a-z0-9_]*$"))
        {
            Console.Error.WriteLine("--bench-db is the name of the database the bench drops and creates: lower-case letters, digits and underscores.");
            return null;
        }

        return new OverviewLoadOptions(
            database,
            benchDatabase,
            parsed.Int("--readers", 64),
            parsed.Int("--seconds", 15),
            Math.Max(1, parsed.Int("--runs", 3)),
            parsed.Int("--clients", 5000),
            parsed.Text("--rate") is null ? null : Math.Max(1, parsed.Int("--rate", 500)),
            parsed.Int("--warm-up", 10),
            parsed.Flag("--no-report"),
            args);
    }
}
