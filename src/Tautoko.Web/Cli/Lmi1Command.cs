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
        await AnsiConsole.Status().StartAsync("Training the Labour Market Indicator 1 model and scoring clients", async _ =>
            result = await services.GetRequiredService<Lmi1Run>().RunAsync(ct));
        var r = result!;
        AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[green]Model {r.ModelId}[/]: {r.TrainingRows:N0} training and {r.HeldOutRows:N0} held-out examples; held-out AUC {r.Auc:0.000}, Brier {r.Brier:0.000}."));
        AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"{r.Scored:N0} clients scored; {r.AboveThreshold:N0} at or above {r.Threshold:0.00}; {r.Tagged:N0} newly tagged in {r.Elapsed.TotalSeconds:0.0} s."));
        return 0;
    }
}
