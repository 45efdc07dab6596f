using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Sites;

/// <summary>Sites and regions, with opening hours and coming holidays.</summary>
public sealed class SitesFeature : IFeature
{
    public static void AddServices(IServiceCollection services) => services.AddScoped<SitesHandler>();

    public static void MapRoutes(IEndpointRouteBuilder app) => SiteEndpoints.Map(app);
}
