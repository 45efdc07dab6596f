using Tautoko.Web.Auth;
using Tautoko.Web.Features.Appointments;
using Tautoko.Web.Features.Auth;
using Tautoko.Web.Features.Assignment;
using Tautoko.Web.Features.Calendar;
using Tautoko.Web.Features.Caseloads;
using Tautoko.Web.Features.Clients;
using Tautoko.Web.Features.Clients.BreakGlass;
using Tautoko.Web.Features.Clients.ClientAudit;
using Tautoko.Web.Features.Clients.ClientOverview;
using Tautoko.Web.Features.Clients.EditClient;
using Tautoko.Web.Features.Clients.Notes;
using Tautoko.Web.Features.Clients.SearchClients;
using Tautoko.Web.Features.Clients.Tags;
using Tautoko.Web.Features.Clients.Warnings;
using Tautoko.Web.Features.Lmi1;
using Tautoko.Web.Features.ContactCentre;
using Tautoko.Web.Features.Messages;
using Tautoko.Web.Features.Sites;
using Tautoko.Web.Features.Staff;
using Tautoko.Web.Features.WorkQueues;

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
        AddCaseloads(services);
        AppointmentRegistration.AddAppointments(services);
        WorkQueueFeature.AddServices(services);
        ContactCentreFeature.AddServices(services);
        services.AddScoped<MessagesHandler>();
    }

    public static void MapFeatures(IEndpointRouteBuilder app)
    {
        AuthEndpoints.Map(app);
        ClientEndpoints.Map(app);
        StaffEndpoints.Map(app);
        SiteEndpoints.Map(app);
        WorkingDayEndpoints.Map(app);
        WorkQueueEndpoints.Map(app);
        ContactCentreEndpoints.Map(app);
        MessageEndpoints.Map(app);
        AppointmentEndpoints.Map(app);
        CaseloadEndpoints.Map(app);
        AssignmentEndpoints.Map(app);
        Lmi1Endpoints.Map(app);
    }

    /// <summary>Issue 4: caseloads, placements, exits and transfers, assignment proposals.</summary>
    private static void AddCaseloads(IServiceCollection services)
    {
        services.AddScoped<PlacementWriter>();
        services.AddScoped<CaseloadQueryHandler>();
        services.AddScoped<ClientCaseloadHandler>();
        services.AddScoped<PlacementHandler>();
        services.AddScoped<ExitHandler>();
        services.AddScoped<TransferHandler>();
        services.AddScoped<ServiceCapacityHandler>();
        services.AddScoped<AssignmentData>();
        services.AddScoped<ProposalHandler>();
        services.AddScoped<ProposalReviewHandler>();
        services.AddScoped<ProposalDecisionHandler>();
        services.AddScoped<PolicyHandler>();
        services.AddSingleton<Lmi1Trainer>();
        services.AddScoped<Lmi1Run>();
        services.AddScoped<Lmi1Handler>();
        services.AddSingleton<Lmi1DailyJob>();
        services.AddHostedService(sp => sp.GetRequiredService<Lmi1DailyJob>());
    }
}
