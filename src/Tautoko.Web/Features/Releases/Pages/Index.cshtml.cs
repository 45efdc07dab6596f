using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Core.Common;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Releases.Pages;

/// <summary>Statistical releases: the list for everyone signed in; the analyst (national office) builds one here.</summary>
[ReadsNoClientInformation]
public sealed class IndexModel(ReleaseHandler handler, TimeProvider clock) : PageModel
{
    public const int PeriodRows = 4;

    public IReadOnlyList<ReleaseSummary> Releases { get; private set; } = [];

    public bool MayBuild => handler.IsAnalyst;

    public IReadOnlyList<ReleaseTableOption> Tables => ReleaseHandler.Options;

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public string? Problem { get; private set; }

    public int ThisYear { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>Builds the release from the form: a title, up to four periods, the tables ticked with their rounding, an optional key.</summary>
    public async Task<IActionResult> OnPostAsync(string? title, DateOnly?[]? from, DateOnly?[]? to, string[]? table, string? releaseKey, CancellationToken ct)
    {
        var periods = new List<ReleasePeriodInput>();
        for (var i = 0; i < Math.Max(from?.Length ?? 0, to?.Length ?? 0); i++)
        {
            var f = from is not null && i < from.Length ? from[i] : null;
            var t = to is not null && i < to.Length ? to[i] : null;
            if (f is not null || t is not null)
            {
                periods.Add(new ReleasePeriodInput(f, t));
            }
        }

        var tables = (table ?? []).Select(code => new ReleaseTableInput(code, Request.Form[$"rounding-{code}"].ToString() switch
        {
            "rounded" => true,
            "unrounded" => false,
            _ => null,
        })).ToList();
        if (tables.Count == 0)
        {
            Errors = new Dictionary<string, string[]> { ["tables"] = ["Tick at least one table."] };
            Problem = "Tick at least one table.";
            await LoadAsync(ct);
            return Page();
        }

        var built = await handler.BuildAsync(new ReleaseInput(title, periods, tables, releaseKey), null, ct);
        if (built.TryGet(out var release, out var failure))
        {
            return Redirect($"/releases/{release.Id}");
        }

        if (failure is Failure.InvalidInput invalid)
        {
            Errors = invalid.Errors;
        }

        if (failure is Failure.AccessRefused)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Problem = failure.Message;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        ThisYear = DateDisplay.TodayInAuckland(clock).Year;
        Releases = (await handler.ListAsync(ct)).TryGet(out var list, out _) ? list : [];
    }
}
