using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Quality;

/// <summary>The National Quality Team's checks of processed actions and the accuracy measure (seed 001; R-100).</summary>
public sealed class QualityFeature : IFeature
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<QualitySampleHandler>();
        services.AddScoped<QualityAccuracyHandler>();
    }

    public static void MapRoutes(IEndpointRouteBuilder app) => QualityEndpoints.Map(app);
}
