using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;
using Tautoko.Core.Common;
using Tautoko.Core.Releases;
using Tautoko.Data;
using Tautoko.Web.Features.Releases;
using Tautoko.Web.Platform.Exports;

namespace Tautoko.Web.Cli;

/// <summary>
/// <c>release</c>: builds a statistical release as the analyst named by <c>--by</c> (a national office e-mail) for
/// <c>--period yyyy-MM-dd..yyyy-MM-dd</c> (repeatable, or comma-separated) and <c>--tables code,code</c> (all by default),
/// recorded like one built on the page, with a progress bar per table; <c>--out file.csv|.xlsx|.pdf</c> writes the published figures.
/// </summary>
public static class ReleaseCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, IConfiguration config, CancellationToken ct)
    {
        var db = services.GetRequiredService<TautokoDbContext>();
        var email = config["by"]?.Trim().ToUpperInvariant();
        var user = email is null ? null : await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.NormalizedEmail == email, ct);
        var staff = user is null ? null : await db.Staff.AsNoTracking().SingleOrDefaultAsync(s => s.Id == user.StaffId, ct);
        if (staff is not { Role: Core.Staff.StaffRole.NationalOffice })
        {
            AnsiConsole.MarkupLine("[red]--by names the e-mail of a national office analyst (the role that builds releases).[/]");
            return 2;
        }

        var periods = (config["period"] ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Split(".."))
            .Select(p => new ReleasePeriodInput(
                p.Length == 2 && DateOnly.TryParseExact(p[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var f) ? f : null,
                p.Length == 2 && DateOnly.TryParseExact(p[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null))
            .ToList();
        var tables = config["tables"]?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(t => new ReleaseTableInput(t, null)).ToList();
        var input = new ReleaseInput(config["title"] ?? "Statistical release", periods, tables, config["key"]);

        // The handler runs as the analyst, exactly as on the page: it checks the role, validates, records and audits.
        var http = new DefaultHttpContext { RequestServices = services };
        http.User = await services.GetRequiredService<Microsoft.AspNetCore.Identity.IUserClaimsPrincipalFactory<Tautoko.Data.Identity.StaffUser>>().CreateAsync(user!);
        services.GetRequiredService<IHttpContextAccessor>().HttpContext = http;
        var handler = services.GetRequiredService<ReleaseHandler>();
        var count = Math.Max(1, tables?.Count ?? ReleaseCatalogue.All.Count);
        Outcome<ReleaseView>? outcome = null;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask("Statistical release", maxValue: count);
                var reporter = new SyncProgress(stage =>
                {
                    task.Description = Markup.Escape(stage.Length > 60 ? stage[..60] + "…" : stage);
                    task.Increment(1);
                });
                outcome = await handler.BuildAsync(input, reporter, ct);
                task.Value = count;
                task.Description = "Release built";
            });
        if (!outcome!.TryGet(out var release, out var failure))
        {
            AnsiConsole.MarkupLine($"[red]{Markup.Escape(failure.Message)}[/]");
            if (failure is Failure.InvalidInput invalid)
            {
                foreach (var (field, messages) in invalid.Errors)
                {
                    AnsiConsole.MarkupLine($"  [yellow]{Markup.Escape(field)}[/]: {Markup.Escape(string.Join(" ", messages))}");
                }
            }

            return 2;
        }

        AnsiConsole.MarkupLine($"[green]Release {release.Id}[/] \"{Markup.Escape(release.Title)}\": {release.Tables.Count} tables for {Markup.Escape(string.Join(", ", release.Periods))}; release key {release.ReleaseKey}.");
        if (config["out"] is { Length: > 0 } path)
        {
            var extension = Path.GetExtension(path).TrimStart('.').ToLowerInvariant();
            byte[]? bytes = extension switch
            {
                "pdf" => ReleaseFiles.Pdf(release),
                "csv" => ExportWriter.Csv(ReleaseFiles.Table(release)),
                "xlsx" => ExportWriter.Xlsx(ReleaseFiles.Table(release)),
                _ => null,
            };
            if (bytes is null)
            {
                AnsiConsole.MarkupLine("[red]--out ends in .csv, .xlsx or .pdf.[/]");
                return 2;
            }

            await File.WriteAllBytesAsync(path, bytes, ct);
            AnsiConsole.MarkupLine($"Written to [blue]{Markup.Escape(path)}[/] (published figures only).");
        }

        return 0;
    }
}
