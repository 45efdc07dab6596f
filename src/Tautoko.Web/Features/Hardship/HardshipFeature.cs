using Tautoko.Web.Features.Hardship.Applications;
using Tautoko.Web.Features.Hardship.Notices;
using Tautoko.Web.Features.Hardship.Reviews;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Hardship;

/// <summary>Hardship assistance: applications and decisions, the client's hardship history, reviews of decision .</summary>
public sealed class HardshipFeature : IFeature
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<DecisionNotices>();
        services.AddScoped<ApplicationsHandler>();
        services.AddScoped<DecisionHandler>();
        services.AddScoped<HardshipHistoryHandler>();
        services.AddScoped<ReviewWindowHandler>();
        services.AddScoped<ReviewsHandler>();
        services.AddScoped<ReviewsRegisterHandler>();
    }

    public static void MapRoutes(IEndpointRouteBuilder app) => HardshipEndpoints.Map(app);
}
