using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Messages;

/// <summary>E-mails and voicemails to case managers, tracked so acknowledgement within 24 hours is measurable.</summary>
public sealed class MessagesFeature : IFeature
{
    public static void AddServices(IServiceCollection services) => services.AddScoped<MessagesHandler>();

    public static void MapRoutes(IEndpointRouteBuilder app) => MessageEndpoints.Map(app);
}
