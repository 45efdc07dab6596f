using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Staff;

/// <summary>The staff directory, with buddies and leave.</summary>
public sealed class StaffFeature : IFeature
{
    public static void AddServices(IServiceCollection services) => services.AddScoped<StaffDirectoryHandler>();

    public static void MapRoutes(IEndpointRouteBuilder app) => StaffEndpoints.Map(app);
}
