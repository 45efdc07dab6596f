using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Calls;

/// <summary>Call records imported from the telephony system and the contact-centre figures (seed 003 Appendices One and Three).</summary>
public sealed class CallsFeature : IFeature
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<CallAccess>();
        services.AddScoped<CallImportHandler>();
        services.AddScoped<CallFiguresHandler>();
    }

    public static void MapRoutes(IEndpointRouteBuilder app) => CallEndpoints.Map(app);
}
