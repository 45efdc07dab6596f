using System.Reflection;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Tautoko.Core.Common;

namespace Tautoko.Web.Platform;

/// <summary>
/// The one mapping from <see cref="Failure"/> to HTTP: an RFC 9457 problem document with the failure's status, a title,
/// the detail a person can act on, and per kind: <c>errors</c> per field (400), <c>rule</c>, <c>canBreakGlass</c> and
/// <c>breakGlass</c> (403), <c>rule</c> (409, 422) and what changed (409).
/// </summary>
public static class OutcomeHttp
{
    public const string RuleTypeBase = "https://tautoko.example/rules/";

    public static Results<Ok<T>, Problem> ToOk<T>(this Outcome<T> outcome) =>
        outcome.IsDone ? TypedResults.Ok(outcome.Value) : outcome.Failure.ToProblem();

    public static Results<Ok<TDto>, Problem> ToOk<T, TDto>(this Outcome<T> outcome, Func<T, TDto> map) =>
        outcome.IsDone ? TypedResults.Ok(map(outcome.Value)) : outcome.Failure.ToProblem();

    public static Results<Created<T>, Problem> ToCreated<T>(this Outcome<T> outcome, Func<T, string> location) =>
        outcome.IsDone ? TypedResults.Created(location(outcome.Value), outcome.Value) : outcome.Failure.ToProblem();

    public static Results<Created<TDto>, Problem> ToCreated<T, TDto>(this Outcome<T> outcome, Func<T, string> location, Func<T, TDto> map) =>
        outcome.IsDone ? TypedResults.Created(location(outcome.Value), map(outcome.Value)) : outcome.Failure.ToProblem();

    public static Results<NoContent, Problem> ToNoContent<T>(this Outcome<T> outcome) =>
        outcome.IsDone ? TypedResults.NoContent() : outcome.Failure.ToProblem();

    public static Problem ToProblem(this Failure failure) => new(failure switch
    {
        Failure.InvalidInput invalid => TypedResults.Problem(
            title: "Some values need fixing",
            detail: invalid.Message,
            statusCode: StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?> { ["errors"] = invalid.Errors }),
        Failure.Missing missing => TypedResults.Problem(title: missing.Title, detail: missing.What, statusCode: StatusCodes.Status404NotFound),
        Failure.AccessRefused refused => TypedResults.Problem(
            title: "Access refused",
            detail: refused.Decision.Reason,
            statusCode: StatusCodes.Status403Forbidden,
            type: RuleTypeBase + refused.Decision.Rule,
            extensions: new Dictionary<string, object?>
            {
                ["rule"] = refused.Decision.Rule,
                ["canBreakGlass"] = refused.Decision.CanBreakGlass,
                ["breakGlass"] = refused.BreakGlassPath,
            }),
        Failure.RuleBroken broken => TypedResults.Problem(
            title: "The request breaks a rule",
            detail: broken.Error.Message,
            statusCode: StatusCodes.Status422UnprocessableEntity,
            type: RuleTypeBase + broken.Error.Rule,
            extensions: new Dictionary<string, object?> { ["rule"] = broken.Error.Rule }),
        Failure.StateConflict conflict => TypedResults.Problem(
            title: conflict.Title ?? "Someone else got there first",
            detail: conflict.Error.Message,
            statusCode: StatusCodes.Status409Conflict,
            type: RuleTypeBase + conflict.Error.Rule,
            extensions: Extensions(conflict)),
        _ => throw new ArgumentOutOfRangeException(nameof(failure), failure, "Every kind of failure has its problem document."),
    });

    private static Dictionary<string, object?> Extensions(Failure.StateConflict conflict)
    {
        var extensions = new Dictionary<string, object?> { ["rule"] = conflict.Error.Rule };
        foreach (var (key, value) in conflict.Changed ?? new Dictionary<string, object?>())
        {
            extensions[key] = value;
        }

        return extensions;
    }
}

/// <summary>
/// A failed use case's answer: the problem document of <see cref="OutcomeHttp.ToProblem"/>. It tells the OpenAPI document
/// every status a use case can fail with (400, 403, 404, 409, 422), each as <c>application/problem+json</c>.
/// </summary>
public sealed class Problem : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<ProblemDetails>, IContentTypeHttpResult
{
    private static readonly int[] Statuses =
    [
        StatusCodes.Status400BadRequest,
        StatusCodes.Status403Forbidden,
        StatusCodes.Status404NotFound,
        StatusCodes.Status409Conflict,
        StatusCodes.Status422UnprocessableEntity,
    ];

    private readonly ProblemHttpResult inner;

    internal Problem(ProblemHttpResult inner) => this.inner = inner;

    public ProblemDetails ProblemDetails => inner.ProblemDetails;

    public int? StatusCode => inner.StatusCode;

    public string? ContentType => inner.ContentType;

    object? IValueHttpResult.Value => inner.ProblemDetails;

    ProblemDetails? IValueHttpResult<ProblemDetails>.Value => inner.ProblemDetails;

    public Task ExecuteAsync(HttpContext httpContext) => inner.ExecuteAsync(httpContext);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        foreach (var status in Statuses)
        {
            builder.Metadata.Add(new ProducesResponseTypeMetadata(status, typeof(ProblemDetails), ["application/problem+json"]));
        }
    }
}
