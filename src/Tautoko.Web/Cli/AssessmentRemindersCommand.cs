using System.Globalization;
using Spectre.Console;
using Tautoko.Web.Features.Assessments;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Cli;

/// <summary><c>assessment-reminders</c>: the daily job that turns due and overdue Client Assessments and BEUTs into tasks for ICS case managers, once each .</summary>
public static class AssessmentRemindersCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var outcome = await services.GetRequiredService<AssessmentRemindersHandler>().RunAsync(new Actor(null, "assessment-reminders job", null), null, ct);
        if (!outcome.TryGet(out var run, out var failure))
        {
            AnsiConsole.MarkupLine($"[red]{Markup.Escape(failure.Message)}[/]");
            return 1;
        }

        AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"[green]Assessment reminders {run.AsOf:yyyy-MM-dd}[/]: {run.IcsClients:N0} ICS clients, {run.Due:N0} Client Assessments and BEUTs due; {run.Raised:N0} reminders raised, {run.AlreadyRaised:N0} raised before, {run.NoQueue:N0} without a Ready for Processing queue."));
        return 0;
    }
}
