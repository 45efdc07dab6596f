using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;
using Tautoko.Data;
using Tautoko.Data.Bulk;

namespace Tautoko.Web.Cli;

/// <summary>
/// <c>move-to-postgres --from &lt;SQLite path&gt; --db &lt;PostgreSQL&gt; [--replace] [--sample N]</c>: copies every table of
/// an office's embedded SQLite database into PostgreSQL (migrating both first), then prints each table's row counts on
/// both sides and a sample of rows compared column by column. Refuses a target that holds data unless <c>--replace</c>.
/// Exit codes: 0 moved and matching, 1 a difference, 2 bad arguments, 3 the target holds data.
/// </summary>
public static class MoveToPostgresCommand
{
    public static async Task<int> RunAsync(TautokoDbContext target, IConfiguration config, CancellationToken ct)
    {
        if (!target.IsPostgres)
        {
            AnsiConsole.MarkupLine("[red]--db must name the PostgreSQL database to move into.[/]");
            return 2;
        }

        var settings = DatabaseSettings.Parse(config["from"]);
        if (string.IsNullOrWhiteSpace(config["from"]) || settings.Kind != DatabaseKind.Sqlite)
        {
            AnsiConsole.MarkupLine("[red]--from must name the SQLite database to move (a path or a Data Source=… string).[/]");
            return 2;
        }

        var path = DatabaseMove.SqliteFile(settings);
        if (!File.Exists(path))
        {
            AnsiConsole.MarkupLine($"[red]There is no SQLite database at {Markup.Escape(path)}.[/]");
            return 2;
        }

        var sample = int.TryParse(config["sample"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0 ? n : 20;
        var options = new DbContextOptionsBuilder<TautokoDbContext>();
        settings.Configure(options);
        await using var source = new TautokoDbContext(options.Options);
        // The host migrates at start-up as well; the copy needs both sides on the same model.
        await source.Database.MigrateAsync(ct);
        AnsiConsole.MarkupLine($"[grey]From:[/] {Markup.Escape(settings.Describe())} (migrated; only read)");

        var contents = await DatabaseMove.InspectTargetAsync(target, ct);
        var replace = config["replace"] is "true" or "1";
        if (!contents.IsEmpty && !replace)
        {
            AnsiConsole.MarkupLine($"[yellow]The target already holds data ({Markup.Escape(string.Join(", ", contents.NonEmpty.Take(5).Select(t => $"{t.Table}: {t.Rows:N0}")))}{(contents.NonEmpty.Count > 5 ? ", …" : string.Empty)}); nothing was copied. Add --replace to empty it first.[/]");
            return 3;
        }

        IReadOnlyList<TableMoved> report = [];
        await AnsiConsole.Status().StartAsync("Copying", async status =>
            report = await DatabaseMove.CopyAsync(source, target, sample, new Progress<string>(table => status.Status($"Copying {table}")), ct));

        // Plain lines rather than a drawn table, so a log or a narrow terminal keeps every name whole.
        var width = Math.Max(5, report.Count == 0 ? 5 : report.Max(r => r.Table.Length));
        Console.WriteLine($"{"table".PadRight(width)}  {"SQLite rows",12}  {"PostgreSQL rows",15}  {"sampled",7}  result");
        foreach (var moved in report)
        {
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{moved.Table.PadRight(width)}  {moved.SourceRows,12:N0}  {moved.TargetRows,15:N0}  {moved.Sampled,7}  {(moved.Matches ? "same" : moved.Difference ?? "row counts differ")}"));
        }

        var rows = report.Sum(r => r.TargetRows);
        var different = report.Count(r => !r.Matches);
        AnsiConsole.MarkupLine(different == 0
            ? $"[green]Moved {report.Count} tables, {rows:N0} rows; every count matches and {report.Sum(r => r.Sampled):N0} sampled rows are the same.[/]"
            : $"[red]{different} tables differ; see above.[/]");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"tables={report.Count} rows={rows} sampled={report.Sum(r => r.Sampled)} differences={different}"));
        return different == 0 ? 0 : 1;
    }
}
