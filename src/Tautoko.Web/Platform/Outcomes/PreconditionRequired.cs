using System.Reflection;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace Tautoko.Web.Platform;

/// <summary>
/// 428: a change to a versioned record came without the version it was made from (<c>If-Match</c>). A protocol
/// answer of the edit endpoints, not an outcome of the use case, so it is not a <see cref="Core.Common.Failure"/>.
/// </summary>
public sealed class PreconditionRequired(ProblemHttpResult inner) : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult, IValueHttpResult<ProblemDetails>
{
    public int? StatusCode => inner.StatusCode;

    public ProblemDetails? Value => inner.ProblemDetails;

    public Task ExecuteAsync(HttpContext httpContext) => inner.ExecuteAsync(httpContext);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status428PreconditionRequired, typeof(ProblemDetails), ["application/problem+json"]));
}
