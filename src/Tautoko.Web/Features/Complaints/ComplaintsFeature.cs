using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Complaints;

/// <summary>Complaints about frontline staff behaviour (000, Table Eight): recording, the register, the outcome that closes one.</summary>
public sealed class ComplaintsFeature : IFeature
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<ComplaintRegisterHandler>();
        services.AddScoped<RecordComplaintHandler>();
    }

    public static void MapRoutes(IEndpointRouteBuilder app) => ComplaintEndpoints.Map(app);
}
