using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Employment;

/// <summary>A client's Jobseeker Profile and their CV documents (uploaded, versioned, downloaded only as attachments).</summary>
public sealed class EmploymentFeature : IFeature
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<JobseekerProfileHandler>();
        services.AddScoped<CvHandler>();
        services.AddScoped<PathwaysHandler>();
    }

    public static void MapRoutes(IEndpointRouteBuilder app) => EmploymentEndpoints.Map(app);
}
