using Microsoft.AspNetCore.Mvc;
using Tautoko.Core.Common;

namespace Tautoko.Web.Platform.Pages;

/// <summary>
/// A page about one client with forms posted without JavaScript: after an action it redirects back with a message, or shows
/// the refusal (403), 404, or the page again with the failure's message and field errors (400, 409 or 422).
/// </summary>
public abstract class ClientFormPageModel : ClientPageModel
{
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    /// <summary>
    /// Answers a form's action: done, redirects to /clients/{id}/<paramref name="page"/> with <paramref name="done"/>; refused
    /// or missing, the refusal or 404; otherwise reads the page again (<paramref name="read"/>, <paramref name="show"/>) with
    /// the failure's message and errors, at 400 for bad input, 409 for a conflict and 422 for a broken rule.
    /// </summary>
    protected async Task<IActionResult> AfterActionAsync<T>(Failure? failure, string done, string page, Func<Task<Outcome<T>>> read, Action<T> show)
    {
        if (failure is null)
        {
            TempData["Message"] = done;
            return Redirect($"/clients/{Id}/{page}");
        }

        if (failure is Failure.AccessRefused refused)
        {
            return Refuse(refused.Decision);
        }

        if (failure is Failure.Missing)
        {
            return NotFound();
        }

        Message = failure.Message;
        if (failure is Failure.InvalidInput invalid)
        {
            Errors = invalid.Errors;
        }

        var status = failure switch
        {
            Failure.InvalidInput => StatusCodes.Status400BadRequest,
            Failure.StateConflict => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status422UnprocessableEntity,
        };
        var shown = Show(await read(), show);
        Response.StatusCode = status;
        return shown;
    }
}
