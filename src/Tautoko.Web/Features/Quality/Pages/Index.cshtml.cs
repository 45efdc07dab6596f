using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Common;
using Tautoko.Data;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Quality.Pages;

/// <summary>Quality checks: the accuracy measure by site; the National Quality Team draws samples here and lists them.</summary>
[ReadsNoClientInformation]
public sealed class IndexModel(QualitySampleHandler samples, QualityAccuracyHandler accuracy, TautokoDbContext db, CurrentStaff me, TimeProvider clock) : PageModel
{
    public bool MayCheck => samples.MayCheck;

    public QualityAccuracyReport? Accuracy { get; private set; }

    public IReadOnlyList<QualitySampleSummary> Samples { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Sites { get; private set; } = [];

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public string? Problem { get; private set; }

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? siteId, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        // A service centre manager reads their own site's accuracy.
        if (siteId is null && !MayCheck && me.IsSignedIn && me.Role == Core.Staff.StaffRole.ServiceCentreManager)
        {
            siteId = me.SiteId.Value;
        }

        var read = await accuracy.ReadAsync(siteId, from, to, ct);
        if (read.TryGet(out var report, out var failure))
        {
            Accuracy = report;
        }
        else if (failure is Failure.AccessRefused)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        else
        {
            Problem = failure.Message;
        }

        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? siteId, DateOnly? from, DateOnly? to, int? size, string[]? kinds, long? seed, CancellationToken ct)
    {
        var drawn = await samples.DrawAsync(new QualitySampleInput(siteId, from, to, size, kinds is { Length: > 0 } ? kinds : null, seed), ct);
        if (drawn.TryGet(out var sample, out var failure))
        {
            return Redirect($"/quality/{sample.Id}");
        }

        if (failure is Failure.AccessRefused)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Errors = failure is Failure.InvalidInput invalid ? invalid.Errors : Errors;
        Problem = failure.Message;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Today = DateDisplay.TodayInAuckland(clock);
        if (MayCheck)
        {
            Samples = (await samples.ListAsync(null, ct)).TryGet(out var list, out _) ? list : [];
            Sites = [.. (await db.Sites.AsNoTracking().OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(ct)).Select(s => (s.Id.Value, s.Name))];
        }
    }
}
