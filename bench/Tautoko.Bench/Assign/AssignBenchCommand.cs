using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Tautoko.Bench.Common;
using Tautoko.Bench.Load;
using Tautoko.Core.Assignment;
using Tautoko.Data;
using Tautoko.Web.Features.Caseloads.Assignment;
using Tautoko.Web.Features.Caseloads;
using Tautoko.Web.Platform;
using Tautoko.Web.Hosting;

namespace Tautoko.Bench.Assign;

/// <summary>
/// The national assignment proposal against its bare baseline, on the same database in the same run:
/// (a) the whole proposal as `POST /api/assignment/proposals {scope: national}` does it — load caseloads and
/// count a million clients by what the rules read, build the graph, solve, read the placed clients, explain, save; (b) OR-Tools alone on that same graph (arrays in
/// memory → MinCostFlow → solve). Medians of at least three runs go into docs/PERFORMANCE.md.
/// </summary>
internal static class AssignBenchCommand
{
    public const string Section = "National assignment proposal";

    public static async Task<int> RunAsync(string[] args)
    {
        if (BenchArguments.Parse(args, ["--db", "--runs"], ["--no-report"]) is not { } parsed)
        {
            return 2;
        }

        var database = parsed.Text("--db");
        var runs = Math.Max(3, parsed.Int("--runs", 3));
        var noReport = parsed.Flag("--no-report");
        if (database is null)
        {
            Console.Error.WriteLine("--db is required: the PostgreSQL database load-national filled.");
            return 2;
        }

        var app = TautokoApp.Build(["--db", database, "--migrate=false", "--lmi1-daily=false", "--Serilog:MinimumLevel:Override:Tautoko=Warning"]);
        var settings = app.Services.GetRequiredService<TautokoOptions>().Database;
        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[bold]National assignment benchmark[/] on {settings.Describe()}, {runs} runs");

        // Warm-up: JIT, connection pool, OR-Tools native library, PostgreSQL caches. Not counted.
        await ProposeAsync(app.Services);

        var proposals = new List<ProposalFigures>();
        var wall = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var watch = Stopwatch.StartNew();
            var figures = await ProposeAsync(app.Services);
            wall.Add(watch.Elapsed.TotalMilliseconds);
            proposals.Add(figures);
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"  proposal run {run + 1}: {watch.Elapsed.TotalMilliseconds:N0} ms (load {figures.Times.LoadMs:N0}, OR-Tools {figures.Times.SolverMs:N0}, save {figures.Times.SaveMs:N0}); {figures.Placed:N0} placed of {figures.Eligible:N0} eligible");
        }

        // The bare solver on the same graph: the problem is loaded once, then only OR-Tools is timed.
        await using var scope = app.Services.CreateAsyncScope();
        var data = scope.ServiceProvider.GetRequiredService<AssignmentData>();
        var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
        var definition = (await data.ScopeAsync(ProposalScope.National, null, CancellationToken.None))!;
        var policy = (await db.AssignmentPolicy.AsNoTracking().SingleAsync()).Policy;
        await using var loaded = await data.LoadAsync(definition, policy, WhatIf.None, DateDisplay.TodayInAuckland(TimeProvider.System), CancellationToken.None);
        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"  load stages: {string.Join(", ", loaded.LoadStagesMs.Select(p => $"{p.Key} {p.Value:N0} ms"))}");
        var graph = AssignmentGraph.Build(loaded.Problem);
        graph.SolveFlow();
        var bare = new List<double>();
        FlowSolution? flow = null;
        for (var run = 0; run < Math.Max(runs, 5); run++)
        {
            flow = graph.SolveFlow();
            bare.Add(flow.Elapsed.TotalMilliseconds);
        }

        var solution = graph.SolveGroups();
        var placed = await data.PlacedAsync(loaded, solution, CancellationToken.None);
        var checkedObjective = AssignmentObjective.Evaluate(loaded.Problem, placed.Clients, placed.CaseloadOf);
        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"  bare OR-Tools on the same graph ({graph.NodeCount:N0} nodes, {graph.ArcCount:N0} arcs): median {Median(bare):N1} ms");
        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"  objective {solution.Objective:N0}; evaluated directly on the assignment: {checkedObjective:N0}");

        var report = Markdown(args, settings.Describe(), loaded, graph, proposals, wall, bare, solution, checkedObjective);
        Console.WriteLine(report);
        if (!noReport)
        {
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"Recorded in [blue]{PerformanceFile.Update(Section, report)}[/]");
        }

        await app.DisposeAsync();
        return 0;
    }

    private static async Task<ProposalFigures> ProposeAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var handler = scope.ServiceProvider.GetRequiredService<ProposalHandler>();
        var result = await handler.CreateAsync(new ProposalInput("national", null, null), new Actor(null, "benchmark", null), null, null, CancellationToken.None);
        return result.TryGet(out var created, out var failure) ? created.Figures : throw new InvalidOperationException($"The national proposal failed: {failure.Message}");
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Markdown(string[] args, string database, LoadedProblem loaded, AssignmentGraph graph, List<ProposalFigures> proposals, List<double> wall, List<double> bare, GroupSolution solution, long? checkedObjective)
    {
        static string Ms(double v) => v.ToString("N0", CultureInfo.InvariantCulture);
        var last = proposals[^1];
        var medianWall = Median(wall);
        var medianBare = Median(bare);
        var stage = (Func<StageTimes, double> pick) => Median([.. proposals.Select(p => pick(p.Times))]);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; medians of {wall.Count} proposal runs and {bare.Count} bare-solver runs after one warm-up, in the same process on the same database.");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"- Command: `dotnet run -c Release --project bench/Tautoko.Bench -- {string.Join(' ', args.Select(a => a.Contains(' ', StringComparison.Ordinal) || a.Contains(';', StringComparison.Ordinal) ? $"\"{a}\"" : a))}` (after `load-national` into the same database)");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}; database {database} on the same machine");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Scope: national — {loaded.Problem.Caseloads.Count:N0} employment caseloads (ECM, ECM-R, PBCM) with {last.Reasons.Values.Sum() + last.Eligible:N0} clients in scope; {last.Eligible:N0} eligible and unassigned, {loaded.Problem.Caseloads.Sum(c => c.Free):N0} free places; {last.Placed:N0} placed");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Graph: {graph.NodeCount:N0} nodes ({graph.GroupCount:N0} client groups: home site × cohort × weeks waited × phone-eligible), {graph.ArcCount:N0} arcs; objective {solution.Objective:N0}, the same when evaluated directly on the per-client assignment ({checkedObjective:N0}), so the proposal is the solver's optimum");
        text.AppendLine();
        text.AppendLine("| measurement | median | target |");
        text.AppendLine("|---|---:|---|");
        text.AppendLine(CultureInfo.InvariantCulture, $"| **whole national proposal** (load, build, solve, explain, save) | **{Ms(medianWall)} ms** | ≤ 5 s |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| bare OR-Tools min-cost flow on the same graph | {medianBare:N1} ms | baseline |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| — of which loading caseloads and counting clients by what the rules read | {Ms(stage(t => t.LoadMs))} ms | |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| — building the graph | {Ms(stage(t => t.BuildMs))} ms | |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| — OR-Tools inside the proposal | {Ms(stage(t => t.SolverMs))} ms | |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| — reading the placed clients (one caseload each), explanations, mix report | {Ms(stage(t => t.DecomposeMs + t.ExplainMs))} ms | |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| — saving proposal, lines, caseload mix | {Ms(stage(t => t.SaveMs))} ms | |");
        text.AppendLine();
        text.AppendLine("```");
        var scale = 60.0 / Math.Max(medianWall, medianBare);
        text.AppendLine(CultureInfo.InvariantCulture, $"whole proposal  {new string('█', Math.Max(1, (int)Math.Round(medianWall * scale)))} {Ms(medianWall)} ms");
        text.AppendLine(CultureInfo.InvariantCulture, $"bare OR-Tools   {new string('█', Math.Max(1, (int)Math.Round(medianBare * scale)))} {medianBare:N1} ms");
        text.AppendLine("```");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Runs (ms): proposal {string.Join(", ", wall.Select(Ms))}; bare solver {string.Join(", ", bare.Select(b => b.ToString("N1", CultureInfo.InvariantCulture)))}.");
        text.AppendLine(CultureInfo.InvariantCulture, $"Mix after the proposal (all employment caseloads): {string.Join(" / ", last.SharesAfter.Select(s => s.ToString("0.0", CultureInfo.InvariantCulture)))} % against 50/30/10/10; mean distance {last.MeanMixDistance.ToString("0.0", CultureInfo.InvariantCulture)} points; chosen clients waited a median of {last.Waiting.Median} days.");
        return text.ToString();
    }
}
