using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Releases;

/// <summary>Statistical releases of the seeds' tables with cell-key random rounding to base 3 .</summary>
public sealed class ReleasesFeature : IFeature
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddSingleton(provider => ReleaseKeys.From(provider.GetRequiredService<IConfiguration>()));
        services.AddSingleton<Tautoko.Core.Releases.IRecordKeys>(provider => provider.GetRequiredService<ReleaseKeys>());
        services.AddScoped<ReleaseHandler>();
    }

    public static void MapRoutes(IEndpointRouteBuilder app) => ReleaseEndpoints.Map(app);
}
