using Microsoft.AspNetCore.Builder;
using Tautoko.Web.Hosting;
using Tautoko.Data;

namespace Tautoko.Web.Cli;

/// <summary>
/// `openapi --out FILE`: starts the host on a loopback port over a throw-away SQLite file, fetches the document it serves
/// at /openapi/v1.json and writes it, so ./test.sh lints exactly what an integrator downloads.
/// </summary>
public static class OpenApiCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var outIndex = Array.IndexOf(args, "--out");
        if (outIndex < 0 || outIndex + 1 >= args.Length)
        {
            Console.Error.WriteLine("openapi --out <file.json>: where to write the document.");
            return 2;
        }

        var output = Path.GetFullPath(args[outIndex + 1]);
        var database = Path.Combine(Path.GetTempPath(), $"tautoko-openapi-{Guid.NewGuid():N}.db");
        try
        {
            var app = TautokoApp.Build(
            [
                "--db", $"Data Source={database}",
                "--urls", "http://127.0.0.1:0",
                "--outbox=false",
                "--Serilog:MinimumLevel:Default=Warning",
            ]);
            await TautokoApp.PrepareAsync(app);
            await app.StartAsync();
            try
            {
                using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First(u => u.StartsWith("http://", StringComparison.Ordinal))) };
                var document = await http.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));
                Directory.CreateDirectory(Path.GetDirectoryName(output)!);
                await File.WriteAllTextAsync(output, document);
                Console.WriteLine($"OpenAPI document written to {output} ({document.Length:N0} characters).");
            }
            finally
            {
                await app.StopAsync();
                await app.DisposeAsync();
            }

            return 0;
        }
        finally
        {
            DatabaseSettings.ReleaseSqliteFiles();
            foreach (var file in new[] { database, database + "-wal", database + "-shm" })
            {
                File.Delete(file);
            }
        }
    }
}
