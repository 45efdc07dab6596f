using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Trials;

/// <summary>Randomised trials run inside Tautoko (SPEC §10, seed 004; ): define, select, randomise, assignment, outcomes.</summary>
public sealed class TrialsFeature : IFeature
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<TrialSelection>();
        services.AddScoped<TrialsHandler>();
        services.AddScoped<SelectionHandler>();
        services.AddScoped<AssignmentsHandler>();
        services.AddScoped<OutcomesHandler>();
    }

    public static void MapRoutes(IEndpointRouteBuilder app) => TrialEndpoints.Map(app);
}
