using Tautoko.Bench.Common;

namespace Tautoko.Bench.Pages;

internal sealed record PagesLoadOptions(string Server, string National, int Users, int Seconds, int WarmUpSeconds, int DemoClients, string? Only, bool NoReport, IReadOnlyList<string> Arguments)
{
    public static PagesLoadOptions? Parse(string[] args)
    {
        if (BenchArguments.Parse(args, ["--db", "--national-db", "--users", "--seconds", "--warm-up", "--demo-clients", "--only"], ["--no-report"]) is not { } parsed
            || parsed.PostgresServer() is not { } server)
        {
            return null;
        }

        if (parsed.Text("--national-db") is not { } national || !national.Contains("Database=", StringComparison.OrdinalIgnoreCase))
        {
            Console.Error.WriteLine("--national-db is required: the connection string of a database loaded by load-national (Host=…;Database=…).");
            return null;
        }

        return new PagesLoadOptions(
            server,
            national,
            Math.Max(1, parsed.Int("--users", 8)),
            Math.Max(1, parsed.Int("--seconds", 8)),
            parsed.Int("--warm-up", 2),
            parsed.Int("--demo-clients", 5000),
            parsed.Text("--only"),
            parsed.Flag("--no-report"),
            args);
    }
}
