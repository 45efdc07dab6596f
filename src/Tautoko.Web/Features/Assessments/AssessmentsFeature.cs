using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Assessments;

/// <summary>ICS assessments (004 §2.5, R-114–R-116): Client Assessment, BEUT, PCOMS; a client's progress and a site's report.</summary>
public sealed class AssessmentsFeature : IFeature
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<ProgressHandler>();
        services.AddScoped<SiteAssessmentsHandler>();
        services.AddScoped<AssessmentRemindersHandler>();
    }

    public static void MapRoutes(IEndpointRouteBuilder app) => AssessmentEndpoints.Map(app);
}
