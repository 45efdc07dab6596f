using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Measures;

/// <summary>Monitors and measures (SPEC §9, seeds 002 and 003): every measure by case manager, site, region and country, with trends and drill-down.</summary>
public sealed class MeasuresFeature : IFeature
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<MeasureScopes>();
        services.AddScoped<MeasuresHandler>();
        services.AddScoped<MeasureClientsHandler>();
    }

    public static void MapRoutes(IEndpointRouteBuilder app) => MeasureEndpoints.Map(app);
}
