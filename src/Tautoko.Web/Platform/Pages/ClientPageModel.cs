using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Core.Access;
using Tautoko.Core.Common;

namespace Tautoko.Web.Platform.Pages;

/// <summary>A page about one client: shows what was read, or the refusal with its rule (403), or 404.</summary>
public abstract class ClientPageModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public AccessDecision? Refusal { get; protected set; }

    /// <summary>Shows a done outcome, the refusal with its rule (403) for a refused one, and 404 for a missing one.</summary>
    protected IActionResult Show<T>(Outcome<T> outcome, Action<T> done)
    {
        switch (outcome.Failure)
        {
            case null:
                done(outcome.Value);
                return Page();
            case Failure.AccessRefused refused:
                return Refuse(refused.Decision);
            case Failure.Missing:
                return NotFound();
            default:
                Message = outcome.Failure.Message;
                return Page();
        }
    }

    /// <summary>What stopped the last action, for the page to show; null when nothing did.</summary>
    public string? Message { get; protected set; }

    protected IActionResult Refuse(AccessDecision decision)
    {
        Refusal = decision;
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Page();
    }
}
