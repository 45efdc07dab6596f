using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Core.Staff;
using Tautoko.Web.Platform;
namespace Tautoko.Web.Features.Caseloads.Pages;

/// <summary>Sends each role to its caseload view: case managers to theirs, site staff to the site's, national office to the country's.</summary>
[ReadsNoClientInformation]
public sealed class IndexModel(CurrentStaff me) : PageModel
{
    public IActionResult OnGet() => me.Role switch
    {
        StaffRole.NationalOffice => Redirect("/caseloads/national"),
        _ when me.Role.IsCaseManager() => Redirect("/caseloads/mine"),
        _ => Redirect($"/caseloads/sites/{me.SiteId}"),
    };
}
