using System.Globalization;
using Spectre.Console;
using Tautoko.Web.Features.Caseloads.Lmi1;

namespace Tautoko.Web.Cli;

/// <summary><c>lmi1</c>: trains the LMI1 model on the database's history and tags clients now, with a status display.</summary>
public static class Lmi1Command
{
    public static async Task<int> RunAsync(IServiceProvider services, CancellationToken ct)
    {
        Lmi1RunResult? result = null;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask("LMI1: train and tag", maxValue: Lmi1Run.Stages.Length);
                var reporter = new SyncProgress(stage =>
                {
                    task.Description = stage;
                    task.Value = Math.Max(task.Value, Array.IndexOf(Lmi1Run.Stages, stage));
                });
                result = await services.GetRequiredService<Lmi1Run>().RunAsync(reporter, ct);
                task.Description = "Model trained and clients tagged";
                task.Value = Lmi1Run.Stages.Length;
            });
        var r = result!;
        AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[green]Model {r.ModelId}[/]: {r.TrainingRows:N0} training and {r.HeldOutRows:N0} held-out examples; held-out AUC {r.Auc:0.000}, Brier {r.Brier:0.000}."));
        AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"{r.Scored:N0} clients scored; {r.AboveThreshold:N0} at or above {r.Threshold:0.00}; {r.Tagged:N0} newly tagged in {r.Elapsed.TotalSeconds:0.0} s."));
        return 0;
    }
}
