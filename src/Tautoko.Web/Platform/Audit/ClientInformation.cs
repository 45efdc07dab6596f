using Tautoko.Core.Audit;

namespace Tautoko.Web.Platform;

/// <summary>
/// What a route declares about client information (R-120): whether its answer carries it. Every API route and every
/// page declares one or the other; the audit sweep in the tests fails for a route that does not, and checks that a
/// route which reads client information writes exactly one audit row per read, allowed or refused.
/// </summary>
public interface IClientInformationDeclaration
{
    bool ReadsClientInformation { get; }
}

/// <summary>On a page model: the page shows client information, so every view of it (or refusal) is audited once.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ReadsClientInformationAttribute : Attribute, IClientInformationDeclaration
{
    public bool ReadsClientInformation => true;
}

/// <summary>On a page model: the page shows no client information.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ReadsNoClientInformationAttribute : Attribute, IClientInformationDeclaration
{
    public bool ReadsClientInformation => false;
}

/// <summary>The declarations for minimal-API endpoints.</summary>
public static class ClientInformationEndpoints
{
    /// <summary>The route answers with client information: each read, allowed or refused, writes one audit row.</summary>
    public static TBuilder ReadsClientInformation<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ReadsClientInformationAttribute());

    /// <summary>The route answers with no client information.</summary>
    public static TBuilder ReadsNoClientInformation<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ReadsNoClientInformationAttribute());
}

/// <summary>
/// R-120 for every route that declares <see cref="ReadsClientInformationAttribute"/>: a signed-in GET that is answered
/// (2xx), or any signed-in request that is refused (403), without its handler having written an audit row gets one here — a read of the route (its path
/// and query) or a refusal — saved before the answer starts, so no client information leaves unaudited. Handlers that
/// know the client write their own, more specific row, and then this adds nothing.
/// </summary>
public static class ClientReadAudit
{
    public static IApplicationBuilder UseClientReadAudit(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var declared = context.GetEndpoint()?.Metadata.GetMetadata<IClientInformationDeclaration>();
        if (declared?.ReadsClientInformation == true && context.User.Identity?.IsAuthenticated == true)
        {
            // Writes are audited by their handlers when they succeed; a refused write (403) gets its refusal row here too.
            var read = HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method);
            context.Response.OnStarting(async () =>
            {
                var status = context.Response.StatusCode;
                var refused = status == StatusCodes.Status403Forbidden;
                var audit = context.RequestServices.GetRequiredService<AuditLog>();
                if (((read && status is >= 200 and < 300) || refused) && audit.RowsAdded == 0)
                {
                    // The entity id keeps the path as far as its column allows (AuditLog clips both); the detail the whole route with its query.
                    var route = context.Request.Path.Value + context.Request.QueryString.Value;
                    await audit.RecordAsync(refused ? AuditAction.AccessRefused : AuditAction.Read, "Route", context.Request.Path.Value ?? "/", null,
                        $"{(refused ? "refused" : "read")} {route}", false, context.RequestAborted);
                }
            });
        }

        await next(context);
    });
}
