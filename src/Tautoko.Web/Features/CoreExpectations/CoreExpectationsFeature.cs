using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.CoreExpectations;

/// <summary>The core-expectations check of seed 002: per client, per caseload (worst first) and across a site's case managers.</summary>
public sealed class CoreExpectationsFeature : IFeature
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<CoreExpectationFactsReader>();
        services.AddScoped<CoreExpectationsHandler>();
    }

    public static void MapRoutes(IEndpointRouteBuilder app) => CoreExpectationEndpoints.Map(app);
}
