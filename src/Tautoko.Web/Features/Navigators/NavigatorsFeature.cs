using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Navigators;

/// <summary>Navigators and whānau in Intensive Client Support (SPEC §10, seed 004 §2.4; R-118): contracts, linked clients, whānau, national office's setting.</summary>
public sealed class NavigatorsFeature : IFeature
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<NavigatorsHandler>();
        services.AddScoped<WhanauHandler>();
        services.AddScoped<IcsSettingsHandler>();
    }

    public static void MapRoutes(IEndpointRouteBuilder app) => NavigatorEndpoints.Map(app);
}
