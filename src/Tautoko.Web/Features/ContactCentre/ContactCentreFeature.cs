using Tautoko.Web.Features.ContactCentre.Calls;
using Tautoko.Web.Features.ContactCentre.CaseManaged;
using Tautoko.Web.Features.ContactCentre.Hardship;

namespace Tautoko.Web.Features.ContactCentre;

/// <summary>
/// The contact-centre feature's services, registered from <see cref="FeatureRegistration"/>. The case-manager
/// lookup and appointment booking it asks through (Core.ContactCentre) are registered by caseloads and
/// appointments when those are present; none is registered here.
/// </summary>
public static class ContactCentreFeature
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<CallsHandler>();
        services.AddScoped<HighHardshipReferrals>();
        services.AddScoped<HardshipRequestsHandler>();
        services.AddScoped<CaseManagedFlowHandler>();
    }
}
