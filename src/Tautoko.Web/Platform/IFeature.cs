namespace Tautoko.Web.Platform;

/// <summary>
/// A feature of Tautoko: one folder under <c>Features/</c> with its handlers, endpoints and pages, and one class
/// implementing this that registers its services and maps its API routes. The host lists every feature once.
/// </summary>
public interface IFeature
{
    static abstract void AddServices(IServiceCollection services);

    static abstract void MapRoutes(IEndpointRouteBuilder app);
}
