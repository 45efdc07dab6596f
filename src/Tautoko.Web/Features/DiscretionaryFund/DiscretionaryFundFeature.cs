using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.DiscretionaryFund;

/// <summary>The Intensive Client Support discretionary fund (004 §2.6, R-094): grants, manager approval over $500, spend.</summary>
public sealed class DiscretionaryFundFeature : IFeature
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<GrantHandler>();
        services.AddScoped<SpendHandler>();
    }

    public static void MapRoutes(IEndpointRouteBuilder app) => FundEndpoints.Map(app);
}
