using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Tautoko.Web.Pages;

public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
