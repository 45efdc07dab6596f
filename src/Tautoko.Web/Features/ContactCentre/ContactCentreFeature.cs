using Tautoko.Web.Features.ContactCentre.Calls;
using Tautoko.Web.Features.ContactCentre.CaseManaged;
using Tautoko.Web.Features.ContactCentre.Hardship;

namespace Tautoko.Web.Features.ContactCentre;

/// <summary>
/// The contact-centre feature's services, registered from <see cref="FeatureRegistration"/>, with the case-manager
/// lookup (caseload placements, issue 4) and appointment booking (issue 5) it asks through.
/// </summary>
public static class ContactCentreFeature
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<CallsHandler>();
        services.AddScoped<HighHardshipReferrals>();
        services.AddScoped<HardshipRequestsHandler>();
        services.AddScoped<CaseManagedFlowHandler>();
        services.AddScoped<Core.ContactCentre.ICaseManagerLookup, CaseloadCaseManagerLookup>();
        services.AddScoped<Core.ContactCentre.IAppointmentBooking, NextAppointmentBooking>();
    }
}
