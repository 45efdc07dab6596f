namespace Tautoko.Web.Hosting;

/// <summary>
/// Security headers on every response: no framing, no sniffing, a strict content security policy; and HSTS
/// where the node is served over https off loopback (<see cref="ProductionPosture.SendsHsts"/>).
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next, ProductionPosture posture)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers["X-Content-Type-Options"] = "nosniff";
            headers["X-Frame-Options"] = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Content-Security-Policy"] = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";
            if (posture.SendsHsts(context))
            {
                headers.StrictTransportSecurity = $"max-age={ProductionSetup.HstsMaxAgeSeconds}; includeSubDomains";
            }

            if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/clients"))
            {
                // Personal information: never cached by browsers or proxies.
                headers.CacheControl = "no-store";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
