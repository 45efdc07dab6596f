using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Calendar;

/// <summary>New Zealand working days: counts and holidays by region.</summary>
public sealed class CalendarFeature : IFeature
{
    public static void AddServices(IServiceCollection services)
    {
    }

    public static void MapRoutes(IEndpointRouteBuilder app) => WorkingDayEndpoints.Map(app);
}
