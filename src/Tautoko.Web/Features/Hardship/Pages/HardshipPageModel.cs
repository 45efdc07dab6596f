using Tautoko.Core.Access;
using Tautoko.Core.Common;
using Tautoko.Web.Platform;
using Tautoko.Web.Platform.Pages;

namespace Tautoko.Web.Features.Hardship.Pages;

/// <summary>A hardship page about one client: the role checks that decide which forms show, and field messages from a refused form.</summary>
public abstract class HardshipPageModel(CurrentStaff me) : ClientPageModel
{
    /// <summary>Field messages of the last form (field name → messages).</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; protected set; } = new Dictionary<string, string[]>();

    /// <summary>Whether the person's role may do <paramref name="operation"/> (the record's scope is checked by the handler).</summary>
    public bool May(ClientOperation operation) =>
        ClientAccessPolicy.Decide(me.Viewer, new ClientScope(me.SiteId, me.RegionId, false), operation, hasBreakGlass: true).Allowed;

    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    /// <summary>Shows a refused form's messages on the page (a refusal by role or scope shows the refusal, 403); null when there is nothing to show.</summary>
    protected void Explain(Failure failure)
    {
        Message = failure.Message;
        if (failure is Failure.InvalidInput invalid)
        {
            Errors = invalid.Errors;
        }
        else if (failure is Failure.AccessRefused refused)
        {
            Refusal = refused.Decision;
            Response.StatusCode = StatusCodes.Status403Forbidden;
        }
    }
}
