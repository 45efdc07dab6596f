using System.Globalization;
using Spectre.Console;
using Tautoko.Data;
using Tautoko.Data.Measures;

namespace Tautoko.Web.Cli;

/// <summary><c>measures-rebuild</c>: recomputes the measures' contributions and daily facts from the source records, with a progress bar.</summary>
public static class MeasuresRebuildCommand
{
    public static async Task<int> RunAsync(TautokoDbContext db, TimeProvider clock, CancellationToken ct)
    {
        MeasureRebuildResult? result = null;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask("Measures: rebuild daily facts", maxValue: 1);
                var reporter = new SyncProgress<(int Done, int Of)>(p =>
                {
                    task.MaxValue = Math.Max(1, p.Of);
                    task.Value = p.Done;
                });
                result = await MeasureRebuild.RunAsync(db, Platform.DateDisplay.TodayInAuckland(clock), reporter, ct);
                task.Value = task.MaxValue;
            });
        var r = result!;
        AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[green]Measures rebuilt[/]: {r.Clients:N0} clients, {r.Contributions:N0} contributions, {r.Facts:N0} daily facts in {r.Took.TotalSeconds:0.0} s."));
        return 0;
    }
}
