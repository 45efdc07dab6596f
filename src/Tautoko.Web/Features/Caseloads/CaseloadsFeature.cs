using Tautoko.Web.Features.Caseloads.Assignment;
using Tautoko.Web.Features.Caseloads.Lmi1;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Caseloads;

/// <summary>Caseloads, cohorts and national assignment: placements, exits, transfers, proposals and the LMI1 model.</summary>
public sealed class CaseloadsFeature : IFeature
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<PlacementWriter>();
        services.AddScoped<Core.ContactCentre.ICaseManagerLookup, CaseloadCaseManagerLookup>();
        services.AddScoped<Core.Caseloads.ICaseloadPlacement, CaseloadPlacementPort>();
        services.AddScoped<CaseloadQueryHandler>();
        services.AddScoped<ClientCaseloadHandler>();
        services.AddScoped<PlacementHandler>();
        services.AddScoped<PhoneBasedEntryHandler>();
        services.AddScoped<ExitHandler>();
        services.AddScoped<TransferHandler>();
        services.AddScoped<ServiceCapacityHandler>();
        services.AddScoped<AssignmentData>();
        services.AddScoped<ProposalHandler>();
        services.AddScoped<ProposalWriter>();
        services.AddScoped<TrialProposals>();
        services.AddScoped<Core.Trials.ITreatmentOffers, TreatmentOfferPort>();
        services.AddScoped<ProposalReviewHandler>();
        services.AddScoped<ProposalDecisionHandler>();
        services.AddScoped<PolicyHandler>();
        services.AddSingleton<Lmi1Trainer>();
        services.AddScoped<Lmi1Run>();
        services.AddScoped<Lmi1Handler>();
        services.AddSingleton<Lmi1DailyJob>();
        services.AddHostedService(sp => sp.GetRequiredService<Lmi1DailyJob>());
    }

    public static void MapRoutes(IEndpointRouteBuilder app)
    {
        CaseloadEndpoints.Map(app);
        AssignmentEndpoints.Map(app);
        Lmi1Endpoints.Map(app);
    }
}
