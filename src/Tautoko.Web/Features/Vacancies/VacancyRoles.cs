using Tautoko.Core.Access;
using Tautoko.Core.Common;
using Tautoko.Core.Staff;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Vacancies;

/// <summary>
/// Who works with employers and vacancies: Employment Support Representatives (who work with employers across their region),
/// case managers of every kind, service centre managers and national office. Others are refused (403, rule vacancy-role).
/// </summary>
public static class VacancyRoles
{
    public const string Rule = "vacancy-role";

    public static bool May(StaffRole role) => role.WorksWithVacancies();

    public static Failure? Refusal(CurrentStaff staff) => May(staff.Role)
        ? null
        : Failure.Refused(AccessDecision.Refuse(Rule, "Only Employment Support Representatives, case managers, service centre managers and national office work with vacancies."));

    /// <summary>Staff other than national office work in their own region.</summary>
    public static Failure? RegionRefusal(CurrentStaff staff, RegionId region) => staff.Role == StaffRole.NationalOffice || staff.RegionId == region
        ? null
        : Failure.Refused(AccessDecision.Refuse(Rule, "That is another region's; you work with your own region's employers and vacancies."));
}
