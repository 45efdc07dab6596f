using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using IPNetwork = System.Net.IPNetwork;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Hosting;

/// <summary>
/// How this node is reached in production: its public address and the TLS-terminating proxies it trusts.
/// Plain-http localhost (the demo) needs neither and keeps working as it is.
/// </summary>
public sealed class ProductionPosture
{
    /// <summary>`--public-url` / `TAUTOKO_PUBLIC_URL`: the address staff use, such as https://tautoko.agency.govt.nz.</summary>
    public Uri? PublicUrl { get; init; }

    /// <summary>`--trusted-proxies` / `TAUTOKO_TRUSTED_PROXIES`: addresses or networks (CIDR) whose X-Forwarded-For and -Proto are believed.</summary>
    public IReadOnlyList<IPNetwork> TrustedProxies { get; init; } = [];

    /// <summary>`--dataprotection-cert` / `TAUTOKO_DATAPROTECTION_CERT`: a PKCS#12 (.pfx) file whose certificate encrypts the data-protection keys at rest.</summary>
    public string? KeyCertificate { get; init; }

    /// <summary>`--dataprotection-cert-password` / `TAUTOKO_DATAPROTECTION_CERT_PASSWORD`.</summary>
    public string? KeyCertificatePassword { get; init; }

    /// <summary>Served over https at its public address: every cookie is Secure and every answer carries HSTS.</summary>
    public bool IsPublicHttps => PublicUrl?.Scheme == Uri.UriSchemeHttps;

    public static ProductionPosture From(IConfiguration configuration)
    {
        var url = configuration["public-url"] ?? configuration["TAUTOKO_PUBLIC_URL"];
        var proxies = configuration["trusted-proxies"] ?? configuration["TAUTOKO_TRUSTED_PROXIES"];
        var certificate = configuration["dataprotection-cert"] ?? configuration["TAUTOKO_DATAPROTECTION_CERT"];
        return new ProductionPosture
        {
            KeyCertificate = string.IsNullOrWhiteSpace(certificate) ? null : certificate,
            KeyCertificatePassword = configuration["dataprotection-cert-password"] ?? configuration["TAUTOKO_DATAPROTECTION_CERT_PASSWORD"],
            PublicUrl = string.IsNullOrWhiteSpace(url) ? null
                : Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri
                : throw new InvalidOperationException($"The public URL '{url}' is not an absolute http or https address."),
            TrustedProxies = [.. (proxies ?? string.Empty)
                .Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(ParseProxy)],
        };
    }

    /// <summary>
    /// HSTS on this answer: always at an https public address; otherwise when the request came over https
    /// (directly, or through a trusted proxy) to a host name that is not loopback.
    /// </summary>
    public bool SendsHsts(HttpContext context) =>
        IsPublicHttps || (context.Request.IsHttps && !IsLoopback(context.Request.Host.Host));

    internal static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));

    private static IPNetwork ParseProxy(string value) =>
        IPNetwork.TryParse(value, out var network) ? network
        : IPAddress.TryParse(value, out var address) ? new IPNetwork(address, address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128)
        : throw new InvalidOperationException($"The trusted proxy '{value}' is not an IP address or a CIDR network.");
}

/// <summary>Secure cookies, HSTS, forwarded headers from trusted proxies, and the agency's OpenID Connect sign-in.</summary>
public static class ProductionSetup
{
    public const int HstsMaxAgeSeconds = 31536000;

    public static void AddProductionPosture(this WebApplicationBuilder builder)
    {
        var posture = ProductionPosture.From(builder.Configuration);
        builder.Services.AddSingleton(posture);

        // Every cookie (sign-in, antiforgery, the OpenID Connect correlation) is Secure at an https public address,
        // and otherwise whenever the request is https — after the trusted proxy's X-Forwarded-Proto is applied.
        builder.Services.Configure<CookiePolicyOptions>(policy =>
            policy.Secure = posture.IsPublicHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest);

        builder.Services.Configure<ForwardedHeadersOptions>(forwarded =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Only the configured proxies are believed (not even loopback by default).
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
#pragma warning disable ASPDEPR005 // the obsolete list may still hold the loopback default
            forwarded.KnownNetworks.Clear();
#pragma warning restore ASPDEPR005
            foreach (var network in posture.TrustedProxies)
            {
                forwarded.KnownIPNetworks.Add(network);
            }
        });

        // The data-protection keys (sign-in cookies, bearer tokens, antiforgery) live in the database; with a certificate
        // they are encrypted there, and every node given the same certificate can read them.
        if (posture.KeyCertificate is { } certificatePath)
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(
                certificatePath, posture.KeyCertificatePassword, X509KeyStorageFlags.EphemeralKeySet);
            if (!certificate.HasPrivateKey)
            {
                throw new InvalidOperationException($"The data-protection certificate {certificatePath} has no private key.");
            }

            builder.Services.AddDataProtection().ProtectKeysWithCertificate(certificate);
        }

        var agency = AgencySignInSettings.From(builder.Configuration);
        builder.Services.AddSingleton(agency);
        if (agency.Enabled)
        {
            if (agency.RequireHttpsMetadata && !agency.Authority!.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"Oidc:Authority '{agency.Authority}' must be an https address (Oidc:RequireHttpsMetadata=false only for a test provider).");
            }

            builder.Services.AddAuthentication().AddAgencySignIn(agency);
            builder.Services.AddScoped<AgencyStaffMapper>();
        }
    }

    /// <summary>First in the pipeline: the proxy's scheme and client address, then the cookie policy.</summary>
    public static void UseProductionPosture(this WebApplication app)
    {
        if (app.Services.GetRequiredService<ProductionPosture>().TrustedProxies.Count > 0)
        {
            app.UseForwardedHeaders();
        }

        app.UseCookiePolicy();
    }
}
