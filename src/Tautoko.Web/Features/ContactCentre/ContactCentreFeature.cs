using Tautoko.Web.Features.ContactCentre.Calls;
using Tautoko.Web.Features.ContactCentre.CaseManaged;
using Tautoko.Web.Features.ContactCentre.Hardship;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.ContactCentre;

/// <summary>The contact centre: calls and caller verification, the case-managed client process, and hardship requests.</summary>
public sealed class ContactCentreFeature : IFeature
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<CallsHandler>();
        services.AddScoped<HighHardshipReferrals>();
        services.AddScoped<HardshipRequestsHandler>();
        services.AddScoped<Core.Hardship.IHighHardshipRouting, HighHardshipRoutingPort>();
        services.AddScoped<FlowViews>();
        services.AddScoped<FlowSummaryEmail>();
        services.AddScoped<CaseManagedFlowHandler>();
        services.AddScoped<FlowStepsHandler>();
    }

    public static void MapRoutes(IEndpointRouteBuilder app) => ContactCentreEndpoints.Map(app);
}
