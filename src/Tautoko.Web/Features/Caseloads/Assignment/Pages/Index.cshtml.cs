using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Caseloads;
using Tautoko.Data;
using Tautoko.Web.Platform;
using Tautoko.Web.Features.Caseloads.Assignment;
using Tautoko.Web.Features.Caseloads;
using Tautoko.Web.Platform.Pages;
using Tautoko.Web.Platform.Jobs;

namespace Tautoko.Web.Features.Caseloads.Assignment.Pages;

[ReadsNoClientInformation]
public sealed class IndexModel(ProposalHandler proposals, ProposalReviewHandler review, CaseloadQueryHandler caseloads, TautokoDbContext db, CurrentStaff me, BackgroundJobs jobs) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Scope { get; set; }

    [BindProperty(SupportsGet = true, Name = "id")]
    public Guid? ScopeId { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int? PageNumber { get; set; }

    public bool MayView => review.MayView;

    public bool MayNational => CaseloadScope.MaySetNationalPolicy(me.Viewer);

    public Paged<ProposalListItem>? Proposals { get; private set; }

    public IReadOnlyList<SiteOption> Sites { get; private set; } = [];

    public IReadOnlyList<SiteOption> Regions { get; private set; } = [];

    public IReadOnlyList<CaseloadFill> EmploymentCaseManagers { get; private set; } = [];

    /// <summary>Proposals being made in the background (a national one), or made within the hour, that this person may follow.</summary>
    public IReadOnlyList<JobView> Jobs { get; private set; } = [];

    public Guid DefaultSite { get; private set; }

    public Guid DefaultRegion { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!MayView)
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        Jobs = await jobs.RecentAsync(ProposalJobs.Kind, me.Id, me.Role == Core.Staff.StaffRole.NationalOffice, ct);
        PageRequest.TryCreate(PageNumber, 25, out var page, out _);
        Proposals = await review.ListAsync(page, ct);
        Sites = await db.Sites.AsNoTracking()
            .Where(s => s.Kind == Core.Sites.SiteKind.ServiceCentre || s.Kind == Core.Sites.SiteKind.PhoneBasedCaseManagementUnit)
            .OrderBy(s => s.Name).Select(s => new SiteOption(s.Id.Value, s.Name)).ToListAsync(ct);
        Regions = await db.Regions.AsNoTracking().OrderBy(r => r.Name).Select(r => new SiteOption(r.Id.Value, r.Name)).ToListAsync(ct);
        var region = me.RegionId;
        var site = me.SiteId;
        var employment = db.Caseloads.Where(c => c.Service == CaseManagementService.EmploymentFaceToFace || c.Service == CaseManagementService.EmploymentReserve || c.Service == CaseManagementService.PhoneBased);
        if (!MayNational)
        {
            var siteIds = db.Sites.Where(s => s.RegionId == region).Select(s => s.Id);
            employment = employment.Where(c => siteIds.Contains(c.SiteId));
        }

        EmploymentCaseManagers = await caseloads.FillsAsync(employment, ct);
        DefaultSite = Scope == "site" && ScopeId is { } s ? s : site.Value;
        DefaultRegion = Scope == "region" && ScopeId is { } r ? r : region.Value;
    }

    public async Task<IActionResult> OnPostAsync(string? scope, Guid? siteId, Guid? regionId, int? ecmSize, int? pbcmSize, List<Guid>? onLeave, int? mixYouth, int? mixUnder, int? mixOver, int? mixChildren, CancellationToken ct)
    {
        var capacities = new Dictionary<string, int>();
        if (ecmSize is { } ecm)
        {
            capacities["ECM"] = ecm;
            capacities["ECM-R"] = ecm;
        }

        if (pbcmSize is { } pbcm)
        {
            capacities["PBCM"] = pbcm;
        }

        CohortMix? mix = mixYouth is null && mixUnder is null && mixOver is null && mixChildren is null
            ? null
            : new CohortMix(mixYouth ?? 0, mixUnder ?? 0, mixOver ?? 0, mixChildren ?? 0);
        var whatIf = capacities.Count == 0 && onLeave is not { Count: > 0 } && mix is null ? null : new WhatIfInput(capacities, onLeave, mix, null);
        var id = scope switch
        {
            "site" => siteId,
            "region" => regionId,
            _ => null,
        };
        if (scope == "national" && MayNational)
        {
            // A national proposal takes seconds to minutes: it runs in the background and its page shows the progress.
            var job = await ProposalJobs.StartAsync(jobs, new ProposalInput(scope, id, whatIf), Actor.From(me), me.Viewer, ct);
            return Redirect($"/jobs/{job.Id}");
        }

        var result = await proposals.CreateAsync(new ProposalInput(scope, id, whatIf), Actor.From(me), me.Viewer, null, ct);
        if (result.TryGet(out var created, out var failure))
        {
            return Redirect($"/assignment/{created.Id}");
        }

        TempData["Message"] = failure.Message;
        return RedirectToPage();
    }
}
