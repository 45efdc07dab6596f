using Tautoko.Bench.Common;

namespace Tautoko.Bench.Overview;

internal sealed record OverviewLoadOptions(string Database, int Readers, int Seconds, int Runs, int Clients, int Rate, int WarmUpSeconds, bool NoReport, IReadOnlyList<string> Arguments)
{
    public static OverviewLoadOptions? Parse(string[] args)
    {
        if (BenchArguments.Parse(args, ["--db", "--readers", "--seconds", "--runs", "--clients", "--warm-up", "--rate"], ["--no-report"]) is not { } parsed
            || parsed.PostgresServer() is not { } database)
        {
            return null;
        }

        return new OverviewLoadOptions(
            database,
            parsed.Int("--readers", 64),
            parsed.Int("--seconds", 15),
            Math.Max(1, parsed.Int("--runs", 3)),
            parsed.Int("--clients", 5000),
            Math.Max(1, parsed.Int("--rate", 500)),
            parsed.Int("--warm-up", 10),
            parsed.Flag("--no-report"),
            args);
    }
}
