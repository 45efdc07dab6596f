using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Common;
using Tautoko.Data;

namespace Tautoko.Web.Platform;

public static class ProblemDetailsSetup
{
    public static void Configure(ProblemDetailsOptions options) =>
        options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
            context.ProblemDetails.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
        };
}

/// <summary>
/// Turns the exceptions a request can cause into problem details (RFC 9457), never a 500: a broken rule or a
/// concurrent change (as the <see cref="Failure"/> it is), or input that could not be read.
/// </summary>
public sealed class DomainExceptionHandler(IProblemDetailsService problems, ILogger<DomainExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // A rule an entity guards, or a concurrent change, is a use case's failure like any other: the one mapping answers it.
        var failure = exception switch
        {
            DomainException domain => Failure.Broken(domain.Error),
            DbUpdateConcurrencyException => Failure.Conflict(new DomainError("concurrency", "Reload it, check what changed, and try again."), "Someone else changed this record"),
            _ => null,
        };
        if (failure is not null)
        {
            logger.LogWarning("Request {Path} refused: {Failure}", httpContext.Request.Path, failure.GetType().Name);
            await failure.ToProblem().ExecuteAsync(httpContext);
            return true;
        }

        if (DatabaseUnavailable.Is(exception))
        {
            // Connections are a budget (--db-pool-size, PostgreSQL's max_connections): when it is spent the caller is told
            // to come back, not that the server failed.
            logger.LogWarning("Request {Path} answered 503: the database cannot take it now ({Reason})", httpContext.Request.Path, exception.GetBaseException().Message);
            httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            httpContext.Response.Headers.RetryAfter = DatabaseUnavailable.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var busy = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Tautoko is busy",
                Detail = $"The database cannot take this request right now. Try again in {DatabaseUnavailable.RetryAfterSeconds} seconds; a write sent with an Idempotency-Key is safe to send again.",
            };
            return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = busy, Exception = exception });
        }

        var (status, title, detail) = exception switch
        {
            BadHttpRequestException bad => (bad.StatusCode, "The request could not be read", Describe(bad)),
            JsonException => (StatusCodes.Status400BadRequest, "The request body is not valid JSON", exception.Message),
            FormatException => (StatusCodes.Status400BadRequest, "A value is not in the expected format", exception.Message),
            OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested => (499, "Request cancelled", (string?)null),
            _ => (0, string.Empty, null),
        };
        if (status == 0)
        {
            return false;
        }

        logger.LogWarning("Request {Path} refused with {Status}: {Title}", httpContext.Request.Path, status, title);
        httpContext.Response.StatusCode = status;
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };

        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static string Describe(BadHttpRequestException bad) =>
        bad.InnerException is JsonException json ? $"The JSON body is not valid: {json.Message}" : bad.Message;
}
