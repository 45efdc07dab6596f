using Tautoko.Web.Features.Appointments;
using Tautoko.Web.Features.Assessments;
using Tautoko.Web.Features.Auth;
using Tautoko.Web.Features.Calendar;
using Tautoko.Web.Features.Calls;
using Tautoko.Web.Features.Caseloads;
using Tautoko.Web.Features.Clients;
using Tautoko.Web.Features.Jobs;
using Tautoko.Web.Features.Measures;
using Tautoko.Web.Features.Complaints;
using Tautoko.Web.Features.DiscretionaryFund;
using Tautoko.Web.Features.ContactCentre;
using Tautoko.Web.Features.Hardship;
using Tautoko.Web.Features.Employment;
using Tautoko.Web.Features.Fairness;
using Tautoko.Web.Features.Plans;
using Tautoko.Web.Features.StartingWork;
using Tautoko.Web.Features.Vacancies;
using Tautoko.Web.Features.CoreExpectations;
using Tautoko.Web.Features.Quality;
using Tautoko.Web.Features.Releases;
using Tautoko.Web.Features.Trials;
using Tautoko.Web.Features.Navigators;
using Tautoko.Web.Features.WorkQueues.Messages;
using Tautoko.Web.Features.Sites;
using Tautoko.Web.Features.Staff;
using Tautoko.Web.Features.Staircase;
using Tautoko.Web.Features.WorkQueues;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Hosting;

/// <summary>Every feature of the host, once: its services are registered and its routes mapped in this order.</summary>
public static class FeatureList
{
    private static readonly (Action<IServiceCollection> AddServices, Action<IEndpointRouteBuilder> MapRoutes)[] Features =
    [
        Of<AuthFeature>(),
        Of<ClientsFeature>(),
        Of<StaffFeature>(),
        Of<SitesFeature>(),
        Of<CalendarFeature>(),
        Of<WorkQueuesFeature>(),
        Of<ContactCentreFeature>(),
        Of<AppointmentsFeature>(),
        Of<CaseloadsFeature>(),
        Of<JobsFeature>(),
        Of<ComplaintsFeature>(),
        Of<DiscretionaryFundFeature>(),
        Of<HardshipFeature>(),
        Of<EmploymentFeature>(),
        Of<PlansFeature>(),
        Of<StartingWorkFeature>(),
        Of<VacanciesFeature>(),
        Of<CoreExpectationsFeature>(),
        Of<ReleasesFeature>(),
        Of<TrialsFeature>(),
        Of<QualityFeature>(),
        Of<MeasuresFeature>(),
        Of<AssessmentsFeature>(),
        Of<NavigatorsFeature>(),
        Of<CallsFeature>(),
        Of<FairnessFeature>(),
        Of<StaircaseFeature>(),
    ];

    public static void AddServices(IServiceCollection services)
    {
        foreach (var feature in Features)
        {
            feature.AddServices(services);
        }
    }

    public static void MapRoutes(IEndpointRouteBuilder app)
    {
        foreach (var feature in Features)
        {
            feature.MapRoutes(app);
        }
    }

    private static (Action<IServiceCollection>, Action<IEndpointRouteBuilder>) Of<TFeature>()
        where TFeature : IFeature => (TFeature.AddServices, TFeature.MapRoutes);
}
