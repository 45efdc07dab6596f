using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Fairness;

/// <summary>Fairness and decisions: outcomes by cohort, age group, gender, ethnicity and site, and how often reviews overturn each decline reason, with small cells protected.</summary>
public sealed class FairnessFeature : IFeature
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<FairnessScopes>();
        services.AddScoped<FairnessHandler>();
    }

    public static void MapRoutes(IEndpointRouteBuilder app) => FairnessEndpoints.Map(app);
}
