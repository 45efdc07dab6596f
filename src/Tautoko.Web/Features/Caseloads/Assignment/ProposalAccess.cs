using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Assignment;
using Tautoko.Core.Common;
using Tautoko.Core.Staff;
using Tautoko.Data;
using Tautoko.Web.Features.Caseloads;

namespace Tautoko.Web.Features.Caseloads.Assignment;

/// <summary>Who may make, review and decide proposals for a scope .</summary>
public static class ProposalAccess
{
    /// <summary>Connectors and managers propose for their own site or region; national office anywhere.</summary>
    public static async Task<string?> RefusalAsync(TautokoDbContext db, Viewer viewer, ScopeDefinition scope, CancellationToken ct)
    {
        if (!CaseloadScope.MayAssign(viewer))
        {
            return "Connectors, service centre managers and national office make assignment proposals (R-081).";
        }

        if (viewer.Role == StaffRole.NationalOffice)
        {
            return null;
        }

        switch (scope.Scope)
        {
            case ProposalScope.National:
                return "The national proposal is for national office.";
            case ProposalScope.Region:
                return scope.ClientRegions.Contains(viewer.RegionId) ? null : "You propose for your own region.";
            case ProposalScope.Site:
                var site = new SiteId(scope.Id!.Value);
                if (site == viewer.SiteId)
                {
                    return null;
                }

                var region = await db.Sites.Where(s => s.Id == site).Select(s => s.RegionId).SingleAsync(ct);
                return region == viewer.RegionId ? null : "You propose for sites of your own region.";
            default:
                return "Unknown scope.";
        }
    }

}
