using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;
using Tautoko.Core.Assignment;
using Tautoko.Core.Caseloads;
using Tautoko.Data;
using Tautoko.Web.Features.Caseloads.Assignment;
using Tautoko.Core.Common;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Cli;

/// <summary>
/// <c>assign --scope national|region|site [--id GUID | --name NAME] [--apply --by EMAIL]</c>: makes an assignment
/// proposal with a progress display, prints the mix and waiting report, and applies it when asked.
/// </summary>
public static class AssignCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, IConfiguration config, CancellationToken ct)
    {
        var db = services.GetRequiredService<TautokoDbContext>();
        var scopeText = config["scope"] ?? "national";
        if (!Enum.TryParse<ProposalScope>(scopeText, true, out var scope) || !Enum.IsDefined(scope))
        {
            AnsiConsole.MarkupLine("[red]--scope is national, region or site.[/]");
            return 2;
        }

        Guid? id = Guid.TryParse(config["id"], out var parsed) ? parsed : null;
        if (id is null && scope != ProposalScope.National)
        {
            var name = config["name"];
            id = scope == ProposalScope.Site
                ? (await db.Sites.AsNoTracking().Where(s => s.Name == name).Select(s => (Guid?)s.Id.Value).FirstOrDefaultAsync(ct))
                : (await db.Regions.AsNoTracking().Where(r => r.Name == name).Select(r => (Guid?)r.Id.Value).FirstOrDefaultAsync(ct));
            if (id is null)
            {
                AnsiConsole.MarkupLine($"[red]Give --id, or --name of a {scope.ToString().ToLowerInvariant()} that exists.[/]");
                return 2;
            }
        }

        var actor = new Actor(null, "command line", null);
        if (config["by"] is { Length: > 0 } email)
        {
            var staff = await (from u in db.Users join s in db.Staff on u.StaffId equals s.Id where u.Email == email select new { s.Id, u.Email }).FirstOrDefaultAsync(ct)
                ?? await db.Staff.Where(s => s.Email == email).Select(s => new { s.Id, Email = (string?)s.Email }).FirstOrDefaultAsync(ct);
            if (staff is null)
            {
                AnsiConsole.MarkupLine("[red]--by names no staff member.[/]");
                return 2;
            }

            actor = new Actor(staff.Id, staff.Email ?? email, null);
        }

        var handler = services.GetRequiredService<ProposalHandler>();
        Outcome<ProposalCreated> result = Failure.NotFound("not run");
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async progress =>
            {
                var stages = ProposalJobs.Stages;
                var task = progress.AddTask($"{scope} proposal", maxValue: stages.Length);
                var reporter = new SyncProgress(stage =>
                {
                    task.Description = stage;
                    task.Value = Math.Max(task.Value, Array.IndexOf(stages, stage));
                });
                result = await handler.CreateAsync(new ProposalInput(scope.ToString(), id, null), actor, null, reporter, ct);
                task.Description = "Proposal ready";
                task.Value = stages.Length;
            });

        if (!result.TryGet(out var created, out var failure))
        {
            AnsiConsole.MarkupLine($"[red]{Markup.Escape(failure.Message)}[/]");
            return 1;
        }

        Print(created);
        if (config["apply"] is "true" or "1")
        {
            if (actor.StaffId is null)
            {
                AnsiConsole.MarkupLine("[yellow]Not applied: --apply needs --by EMAIL so every placement shows who made it.[/]");
                return 3;
            }

            var decision = await services.GetRequiredService<ProposalDecisionHandler>().ApplyAsync(created.Id, actor, null, ct);
            AnsiConsole.MarkupLine(decision.TryGet(out var applied, out var refused) ? $"[green]{Markup.Escape(applied.Message)}[/]" : $"[red]{Markup.Escape(refused.Message)}[/]");
            return decision.IsDone ? 0 : 1;
        }

        AnsiConsole.MarkupLine($"Review it at [blue]/assignment/{created.Id}[/] or apply with [grey]POST /api/assignment/proposals/{created.Id}/apply[/].");
        return 0;
    }

    private static void Print(ProposalCreated created)
    {
        var f = created.Figures;
        static string N(double v) => v.ToString("N0", CultureInfo.InvariantCulture);
        AnsiConsole.MarkupLine($"[green]Proposal {created.Id}[/]: {N(f.Placed)} placed of {N(f.Eligible)} eligible ({N(f.Reachable)} could reach a free place).");
        var table = new Table().AddColumns("Cohort", "Placed", "Caseloads after", "Median wait (days)");
        var cohorts = PriorityCohorts.All.ToList();
        for (var k = 0; k < cohorts.Count; k++)
        {
            var wait = f.WaitingByCohort.TryGetValue(cohorts[k].DisplayName(), out var w) ? w.Median.ToString(CultureInfo.InvariantCulture) : "—";
            table.AddRow(cohorts[k].DisplayName(), N(f.AddedByCohort[k]), f.SharesAfter[k].ToString("0.0", CultureInfo.InvariantCulture) + " %", wait);
        }

        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"Mix distance from the target, mean {f.MeanMixDistance.ToString("0.0", CultureInfo.InvariantCulture)} points (max {f.MaxMixDistance.ToString("0.0", CultureInfo.InvariantCulture)}); {f.Overshoot} clients over a cohort's share.");
        var t = f.Times;
        AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[grey]Load {t.LoadMs:F0} ms · build {t.BuildMs:F0} ms · OR-Tools {t.SolverMs:F0} ms · decompose {t.DecomposeMs:F0} ms · explain {t.ExplainMs:F0} ms · save {t.SaveMs:F0} ms · total {t.TotalMs:F0} ms · graph {t.Nodes:N0} nodes, {t.Arcs:N0} arcs, {t.Groups:N0} client groups[/]"));
        foreach (var note in f.Implications)
        {
            AnsiConsole.MarkupLine($"[grey]· {Markup.Escape(note)}[/]");
        }
    }
}
