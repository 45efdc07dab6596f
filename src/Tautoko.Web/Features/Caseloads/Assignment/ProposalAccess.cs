using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Assignment;
using Tautoko.Core.Common;
using Tautoko.Data;

namespace Tautoko.Web.Features.Caseloads.Assignment;

/// <summary>Loads what <see cref="ProposalAccessPolicy"/> needs to decide who may make, review and decide proposals for a scope .</summary>
public static class ProposalAccess
{
    /// <summary>The refusal (403, R-081) for <paramref name="viewer"/>, or null when they may.</summary>
    public static async Task<Failure?> RefusalAsync(TautokoDbContext db, Viewer viewer, ScopeDefinition scope, CancellationToken ct)
    {
        RegionId? siteRegion = null;
        if (scope.Scope == ProposalScope.Site && scope.Id is { } id && id != viewer.SiteId.Value)
        {
            var site = new SiteId(id);
            siteRegion = await db.Sites.Where(s => s.Id == site).Select(s => s.RegionId).SingleAsync(ct);
        }

        var decision = ProposalAccessPolicy.Decide(viewer, scope, siteRegion);
        return decision.Allowed ? null : Failure.Refused(decision);
    }
}
