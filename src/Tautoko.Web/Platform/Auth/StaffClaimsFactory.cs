using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Tautoko.Data;
using Tautoko.Data.Identity;

namespace Tautoko.Web.Platform;

/// <summary>Puts the staff member's role and site/region scope into the sign-in, so each request knows them without a query.</summary>
public sealed class StaffClaimsFactory(
    UserManager<StaffUser> users,
    RoleManager<IdentityRole<Guid>> roles,
    IOptions<IdentityOptions> options,
    TautokoDbContext db)
    : UserClaimsPrincipalFactory<StaffUser, IdentityRole<Guid>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var staff = await db.Staff.AsNoTracking().SingleAsync(s => s.Id == user.StaffId);
        var site = await db.Sites.AsNoTracking().SingleAsync(s => s.Id == staff.SiteId);
        identity.AddClaim(new Claim(StaffClaimTypes.StaffId, staff.Id.Value.ToString()));
        identity.AddClaim(new Claim(StaffClaimTypes.Role, staff.Role.ToString()));
        identity.AddClaim(new Claim(StaffClaimTypes.Variant, staff.Variant.ToString()));
        identity.AddClaim(new Claim(StaffClaimTypes.SiteId, site.Id.Value.ToString()));
        identity.AddClaim(new Claim(StaffClaimTypes.RegionId, site.RegionId.Value.ToString()));
        identity.AddClaim(new Claim(StaffClaimTypes.FullName, staff.FullName));
        foreach (var region in site.ServedRegionIds)
        {
            identity.AddClaim(new Claim(StaffClaimTypes.ServedRegion, region.Value.ToString()));
        }

        return identity;
    }
}
