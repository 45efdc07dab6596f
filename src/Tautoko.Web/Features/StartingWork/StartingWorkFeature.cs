using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.StartingWork;

/// <summary>Starting work (002 "Supporting sustainable employment", R-065): exits into work, part-time earnings, supports, and their measures.</summary>
public sealed class StartingWorkFeature : IFeature
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<StartingWorkHandler>();
        services.AddScoped<EmploymentOutcomeMeasuresHandler>();
    }

    public static void MapRoutes(IEndpointRouteBuilder app) => StartingWorkEndpoints.Map(app);
}
