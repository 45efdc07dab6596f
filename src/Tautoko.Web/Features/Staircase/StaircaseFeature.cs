using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Staircase;

/// <summary>ICS staircasing plans (seed 004 §2.4, R-117): milestones by Te Whare Tapa Whā domain towards work or study, achievements and setbacks.</summary>
public sealed class StaircaseFeature : IFeature
{
    public static void AddServices(IServiceCollection services) => services.AddScoped<StaircaseHandler>();

    public static void MapRoutes(IEndpointRouteBuilder app) => StaircaseEndpoints.Map(app);
}
