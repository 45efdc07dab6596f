using System.Diagnostics;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Tautoko.Web.Platform.Pages;

[ReadsNoClientInformation]
public sealed class ErrorModel : PageModel
{
    public string RequestId => Activity.Current?.Id ?? HttpContext.TraceIdentifier;

    public void OnGet()
    {
    }
}
