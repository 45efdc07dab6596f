using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tautoko.Data;
using Tautoko.Web.Hosting;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Production;

/// <summary>
/// Data-protection keys at rest: with `--dataprotection-cert` the keys the node keeps in the database are encrypted
/// with the certificate; another node given the same certificate reads them, a node without it cannot.
/// </summary>
public sealed class KeyProtectionTests : IAsyncLifetime
{
    private const string Password = "key-protection-test";
    private static readonly HtmlParser Parser = new();
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"tautoko-keys-{Guid.NewGuid():N}.db");
    private readonly string _certificate = Path.Combine(Path.GetTempPath(), $"tautoko-keys-{Guid.NewGuid():N}.pfx");

    public Task InitializeAsync()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Tautoko data protection (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        File.WriteAllBytes(_certificate, certificate.Export(X509ContentType.Pfx, Password));
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm", _certificate })
        {
            File.Delete(file);
        }

        return Task.CompletedTask;
    }

    [Fact]
    public async Task Certificate_KeysAreEncryptedAtRest_AndReadableOnlyWithIt()
    {
        await using var first = await StartAsync(withCertificate: true);
        using var http = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false });
        using var shown = await http.GetAsync(new Uri(new Uri(first.Urls.First()), "/signin"));
        var cookie = string.Join("; ", shown.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        var token = (await Parser.ParseDocumentAsync(await shown.Content.ReadAsStringAsync()))
            .QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        await using (var scope = first.Services.CreateAsyncScope())
        {
            var keys = await scope.ServiceProvider.GetRequiredService<TautokoDbContext>().DataProtectionKeys.AsNoTracking().ToListAsync();
            Assert.NotEmpty(keys);
            Assert.All(keys, k => Assert.Contains("<encryptedSecret", k.Xml, StringComparison.Ordinal));
            Assert.All(keys, k => Assert.DoesNotContain("<value>", k.Xml, StringComparison.Ordinal));
        }

        // The antiforgery token made by the first node is checked by another: only one with the certificate can decrypt the key.
        await using var sameCertificate = await StartAsync(withCertificate: true);
        await using var noCertificate = await StartAsync(withCertificate: false);
        Assert.Equal(HttpStatusCode.OK, await PostSignInAsync(http, sameCertificate, cookie, token));
        Assert.Equal(HttpStatusCode.BadRequest, await PostSignInAsync(http, noCertificate, cookie, token));
        await sameCertificate.StopAsync();
        await noCertificate.StopAsync();
        await first.StopAsync();
    }

    private static async Task<HttpStatusCode> PostSignInAsync(HttpClient http, WebApplication node, string cookie, string token)
    {
        // A wrong password: 200 with the page's message once the antiforgery token is accepted, 400 when it cannot be read.
        using var post = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri(node.Urls.First()), "/signin"))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = "nobody@agency.example", ["Password"] = "not-the-password-1", ["__RequestVerificationToken"] = token }),
        };
        post.Headers.Add("Cookie", cookie);
        using var response = await http.SendAsync(post);
        return response.StatusCode;
    }

    private async Task<WebApplication> StartAsync(bool withCertificate)
    {
        string[] certificate = withCertificate ? ["--dataprotection-cert", _certificate, "--dataprotection-cert-password", Password] : [];
        var node = TautokoApp.Build(
        [
            "--db", $"Data Source={_database}",
            "--urls", "http://127.0.0.1:0",
            "--contentRoot", RepositoryPaths.WebProject,
            "--applicationName", "Tautoko.Web",
            "--Serilog:MinimumLevel:Override:Tautoko=Warning",
            "--Serilog:MinimumLevel:Override:Serilog.AspNetCore=Warning",
            "--Serilog:MinimumLevel:Override:Microsoft.AspNetCore=Fatal",
            .. certificate,
        ]);
        await TautokoApp.PrepareAsync(node);
        await node.StartAsync();
        return node;
    }
}
