using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Vacancies;

/// <summary>ANZSCO occupations, employers, vacancies, and matching work-ready clients to vacancies (and vacancies to a client).</summary>
public sealed class VacanciesFeature : IFeature
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<VacancyHandler>();
        services.AddScoped<MatchingHandler>();
        services.AddScoped<ReferralHandler>();
        services.AddScoped<ReferralMeasuresHandler>();
        services.AddScoped<ReferralWorklistHandler>();
    }

    public static void MapRoutes(IEndpointRouteBuilder app)
    {
        VacancyEndpoints.Map(app);
        ReferralEndpoints.Map(app);
    }
}
