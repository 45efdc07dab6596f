using System.Security.Claims;
using Tautoko.Core.Access;
using Tautoko.Core.Common;
using Tautoko.Core.Staff;

namespace Tautoko.Web.Platform;

/// <summary>The signed-in staff member of this request, read from their claims.</summary>
public sealed class CurrentStaff(IHttpContextAccessor accessor)
{
    private ClaimsPrincipal Principal => accessor.HttpContext?.User ?? new ClaimsPrincipal();

    public bool IsSignedIn => Principal.FindFirst(StaffClaimTypes.StaffId) is not null;

    public StaffId Id => new(Guid.Parse(Required(StaffClaimTypes.StaffId)));

    public StaffRole Role => Enum.Parse<StaffRole>(Required(StaffClaimTypes.Role));

    public CaseManagerVariant Variant => Enum.Parse<CaseManagerVariant>(Required(StaffClaimTypes.Variant));

    public SiteId SiteId => new(Guid.Parse(Required(StaffClaimTypes.SiteId)));

    public RegionId RegionId => new(Guid.Parse(Required(StaffClaimTypes.RegionId)));

    public string UserName => Principal.Identity?.Name ?? "anonymous";

    public string FullName => Principal.FindFirst(StaffClaimTypes.FullName)?.Value ?? UserName;

    public string? RemoteAddress => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();

    public Viewer Viewer => new(
        Id,
        Role,
        Variant,
        SiteId,
        RegionId,
        [.. Principal.FindAll(StaffClaimTypes.ServedRegion).Select(c => new RegionId(Guid.Parse(c.Value)))]);

    private string Required(string type) =>
        Principal.FindFirst(type)?.Value ?? throw new InvalidOperationException($"The signed-in principal has no {type} claim.");
}
