using Tautoko.Web.Features.Clients.BreakGlass;
using Tautoko.Web.Features.Clients.ClientAudit;
using Tautoko.Web.Features.Clients.ClientOverview;
using Tautoko.Web.Features.Clients.EditClient;
using Tautoko.Web.Features.Clients.Notes;
using Tautoko.Web.Features.Clients.Tags;
using Tautoko.Web.Features.Clients.Warnings;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Clients;

/// <summary>Client records: search, overview, edit, the engagement log, tags, cautions and must-view notes, break-glass and the audit trail.</summary>
public sealed class ClientsFeature : IFeature
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<ClientOverviewHandler>();
        services.AddScoped<Recent.RecentClientsHandler>();
        services.AddScoped<EditClientHandler>();
        services.AddScoped<NotesHandler>();
        services.AddScoped<TagsHandler>();
        services.AddScoped<WarningsHandler>();
        services.AddScoped<BreakGlassHandler>();
        services.AddScoped<ClientAuditHandler>();
    }

    public static void MapRoutes(IEndpointRouteBuilder app) => ClientEndpoints.Map(app);
}
