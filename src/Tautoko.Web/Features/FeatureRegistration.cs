using Tautoko.Web.Auth;
using Tautoko.Web.Features.Appointments;
using Tautoko.Web.Features.Auth;
using Tautoko.Web.Features.Calendar;
using Tautoko.Web.Features.Clients;
using Tautoko.Web.Features.Clients.BreakGlass;
using Tautoko.Web.Features.Clients.ClientAudit;
using Tautoko.Web.Features.Clients.ClientOverview;
using Tautoko.Web.Features.Clients.EditClient;
using Tautoko.Web.Features.Clients.Notes;
using Tautoko.Web.Features.Clients.SearchClients;
using Tautoko.Web.Features.Clients.Tags;
using Tautoko.Web.Features.Clients.Warnings;
using Tautoko.Web.Features.Sites;
using Tautoko.Web.Features.Staff;

namespace Tautoko.Web.Features;

/// <summary>Each feature's handlers and endpoints, in one place so a newcomer sees them all.</summary>
public static class FeatureRegistration
{
    public static void AddFeatures(IServiceCollection services)
    {
        services.AddScoped<SignInHandler>();
        services.AddScoped<DemoData>();
        services.AddScoped<SearchClientsHandler>();
        services.AddScoped<ClientOverviewHandler>();
        services.AddScoped<EditClientHandler>();
        services.AddScoped<NotesHandler>();
        services.AddScoped<TagsHandler>();
        services.AddScoped<WarningsHandler>();
        services.AddScoped<BreakGlassHandler>();
        services.AddScoped<ClientAuditHandler>();
        services.AddScoped<StaffDirectoryHandler>();
        services.AddScoped<SitesHandler>();
        AppointmentRegistration.AddAppointments(services);
    }

    public static void MapFeatures(IEndpointRouteBuilder app)
    {
        AuthEndpoints.Map(app);
        ClientEndpoints.Map(app);
        StaffEndpoints.Map(app);
        SiteEndpoints.Map(app);
        WorkingDayEndpoints.Map(app);
        AppointmentEndpoints.Map(app);
    }
}
