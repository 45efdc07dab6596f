using Microsoft.AspNetCore.Http.HttpResults;
using Tautoko.Core.Access;

namespace Tautoko.Web.Features.Clients;

/// <summary>Problem documents shared by the client endpoints.</summary>
public static class ClientResults
{
    public static ProblemHttpResult Refused(AccessDecision decision, Guid clientId) =>
        TypedResults.Problem(
            title: "Access refused",
            detail: decision.Reason,
            statusCode: StatusCodes.Status403Forbidden,
            type: $"https://tautoko.example/rules/{decision.Rule}",
            extensions: new Dictionary<string, object?>
            {
                ["rule"] = decision.Rule,
                ["canBreakGlass"] = decision.CanBreakGlass,
                ["breakGlass"] = decision.CanBreakGlass ? $"/api/clients/{clientId}/break-glass" : null,
            });

    public static ProblemHttpResult Missing(Guid clientId) =>
        TypedResults.Problem(title: "Client not found", detail: $"There is no client {clientId}.", statusCode: StatusCodes.Status404NotFound);

    public static ProblemHttpResult Invalid(Dictionary<string, string[]> problems) =>
        TypedResults.Problem(
            title: "Some values need fixing",
            detail: string.Join(" ", problems.SelectMany(p => p.Value)),
            statusCode: StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?> { ["errors"] = problems });
}
