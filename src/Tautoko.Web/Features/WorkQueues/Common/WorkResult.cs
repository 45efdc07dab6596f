using Microsoft.AspNetCore.Http.HttpResults;
using Tautoko.Core.Access;
using Tautoko.Core.Common;
using Tautoko.Core.WorkQueues;

using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.WorkQueues.Common;

/// <summary>What a work-queue request came to: the value, or why not, each with its own HTTP answer.</summary>
public abstract record WorkResult<T>
{
    public sealed record Ok(T Value) : WorkResult<T>;

    public sealed record Invalid(Dictionary<string, string[]> Problems) : WorkResult<T>;

    public sealed record NotFound(string What) : WorkResult<T>;

    public sealed record Refused(AccessDecision Decision) : WorkResult<T>;

    /// <summary>A seed rule (or one of Tautoko's own) said no: 422 naming the rule.</summary>
    public sealed record Broken(DomainError Error) : WorkResult<T>;

    /// <summary>Someone else got there first, or the task is not in a state for this: 409.</summary>
    public sealed record Conflict(DomainError Error) : WorkResult<T>;

    public static implicit operator WorkResult<T>(T value) => new Ok(value);

    /// <summary>A domain refusal: who holds the task or its state is a conflict; any other rule is unprocessable.</summary>
    public static WorkResult<T> From(DomainError error) =>
        error.Rule is WorkQueueTask.TakenRule or WorkQueueTask.NotYoursRule or WorkQueueTask.StateRule
            ? new Conflict(error)
            : new Broken(error);

    public WorkResult<TOther> As<TOther>() => this switch
    {
        Invalid invalid => new WorkResult<TOther>.Invalid(invalid.Problems),
        NotFound missing => new WorkResult<TOther>.NotFound(missing.What),
        Refused refused => new WorkResult<TOther>.Refused(refused.Decision),
        Broken broken => new WorkResult<TOther>.Broken(broken.Error),
        Conflict conflict => new WorkResult<TOther>.Conflict(conflict.Error),
        _ => throw new InvalidOperationException("Only a refusal converts to another result type."),
    };
}

/// <summary>The HTTP answers for <see cref="WorkResult{T}"/>: RFC 9457 problem documents naming the rule.</summary>
public static class WorkResults
{
    public static Results<Ok<T>, ProblemHttpResult> ToHttp<T>(WorkResult<T> result) => result switch
    {
        WorkResult<T>.Ok ok => TypedResults.Ok(ok.Value),
        _ => Problem(result),
    };

    public static Results<Created<T>, ProblemHttpResult> ToCreated<T>(WorkResult<T> result, Func<T, string> location) => result switch
    {
        WorkResult<T>.Ok ok => TypedResults.Created(location(ok.Value), ok.Value),
        _ => Problem(result),
    };

    public static ProblemHttpResult Problem<T>(WorkResult<T> result) => result switch
    {
        WorkResult<T>.Invalid invalid => TypedResults.Problem(
            title: "Some values need fixing",
            detail: string.Join(" ", invalid.Problems.SelectMany(p => p.Value)),
            statusCode: StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?> { ["errors"] = invalid.Problems }),
        WorkResult<T>.NotFound missing => ProblemDetailsSetup.NotFound(missing.What),
        WorkResult<T>.Refused refused => TypedResults.Problem(
            title: "Access refused",
            detail: refused.Decision.Reason,
            statusCode: StatusCodes.Status403Forbidden,
            type: $"https://tautoko.example/rules/{refused.Decision.Rule}",
            extensions: new Dictionary<string, object?> { ["rule"] = refused.Decision.Rule, ["canBreakGlass"] = refused.Decision.CanBreakGlass }),
        WorkResult<T>.Broken broken => ProblemDetailsSetup.RuleBroken(broken.Error),
        WorkResult<T>.Conflict conflict => ProblemDetailsSetup.RuleBroken(conflict.Error, StatusCodes.Status409Conflict),
        _ => throw new InvalidOperationException("A successful result is not a problem."),
    };

    /// <summary>The message a page shows for a refusal.</summary>
    public static string Message<T>(WorkResult<T> result) => result switch
    {
        WorkResult<T>.Ok => string.Empty,
        WorkResult<T>.Invalid invalid => string.Join(" ", invalid.Problems.SelectMany(p => p.Value)),
        WorkResult<T>.NotFound missing => missing.What,
        WorkResult<T>.Refused refused => refused.Decision.Reason ?? "Access refused.",
        WorkResult<T>.Broken broken => $"{broken.Error.Message} ({broken.Error.Rule})",
        WorkResult<T>.Conflict conflict => conflict.Error.Message,
        _ => string.Empty,
    };
}
