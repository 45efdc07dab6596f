using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Plans;

/// <summary>Individual Employment Plans (002, R-060–R-063): the plan and its activities, and the two IEP measures.</summary>
public sealed class PlansFeature : IFeature
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<PlansHandler>();
        services.AddScoped<IepMeasuresHandler>();
    }

    public static void MapRoutes(IEndpointRouteBuilder app) => PlanEndpoints.Map(app);
}
