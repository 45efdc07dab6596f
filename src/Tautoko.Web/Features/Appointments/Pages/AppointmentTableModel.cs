using Tautoko.Core.Appointments;
using Tautoko.Web.Features.Appointments.Common;

namespace Tautoko.Web.Features.Appointments.Pages;

/// <summary>A list of appointments on a page: which columns to show and what to say when it is empty.</summary>
public sealed record AppointmentTableModel(string Id, IReadOnlyList<AppointmentView> Items, string Empty, DateTimeOffset Now, bool ShowClient = true, bool ShowCaseManager = false, bool TimeOnly = false)
{
    public static string Percent(double value) => AppointmentText.Percent(value);
}
