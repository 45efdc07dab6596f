using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Auth;

/// <summary>Signing in and out: the sign-in page (cookie) and the API's bearer-token login.</summary>
public sealed class AuthFeature : IFeature
{
    public static void AddServices(IServiceCollection services) => services.AddScoped<SignInHandler>();

    public static void MapRoutes(IEndpointRouteBuilder app) => AuthEndpoints.Map(app);
}
