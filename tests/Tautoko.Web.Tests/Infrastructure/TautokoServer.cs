using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Tautoko.Web.Hosting;

namespace Tautoko.Web.Tests.Infrastructure;

/// <summary>
/// The real Tautoko host on a loopback port, in demo mode on its own database, shared by every
/// test class of one provider through an xunit collection fixture.
/// </summary>
public abstract class TautokoServer : IAsyncLifetime
{
    public const string DemoPassword = "Tautoko-demo-2026";

    /// <summary>The host's default sending window in tests: every day, all day, so outbox tests do not depend on the hour.</summary>
    public const string AlwaysOpen = "Mon-Sun 00:00-24:00";

    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> _tokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> _staffNames = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<Task<object>>> _once = new(StringComparer.Ordinal);
    private readonly Lazy<Task<Guid>> _masterton;
    private readonly Lazy<Task<IReadOnlyList<Guid>>> _restricted;
    private readonly Lazy<Task<MakaWhanau>> _maka;
    private WebApplication? _app;
    private HttpClient? _http;

    protected TautokoServer()
    {
        _masterton = new(() => SiteIdAsync("Masterton"));
        _restricted = new(FindRestrictedClientsAsync);
        _maka = new(FindMakaAsync);
    }

    /// <summary>"SQLite" or "PostgreSQL", for messages.</summary>
    public abstract string Provider { get; }

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The running host's services (its endpoint data source, a database context in a scope).</summary>
    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException($"The {Provider} test server has not started.");

    /// <summary>An anonymous client that follows no redirects and keeps no cookies.</summary>
    public HttpClient Http => _http ?? throw new InvalidOperationException($"The {Provider} test server has not started.");

    public static string Email(string account) => $"{account}@demo.tautoko.nz";

    /// <summary>The database this server runs on, so a second node can share it.</summary>
    public string ConnectionString { get; private set; } = string.Empty;

    /// <summary>
    /// Starts another web node on the same database (no seeding, no migration), as a second
    /// server behind a load balancer would run, with any further command-line options
    /// (such as `--outbox-sender smtp`). The caller stops and disposes it.
    /// </summary>
    public async Task<WebApplication> StartSecondNodeAsync(params string[] options)
    {
        var node = TautokoApp.Build(
        [
            "--db", ConnectionString,
            "--urls", "http://127.0.0.1:0",
            "--migrate", "false",
            "--sending-window", AlwaysOpen,
            "--contentRoot", RepositoryPaths.WebProject,
            "--applicationName", "Tautoko.Web",
            "--Serilog:MinimumLevel:Override:Tautoko=Warning",
            "--Serilog:MinimumLevel:Override:Serilog.AspNetCore=Warning",
            .. options,
        ]);
        await TautokoApp.PrepareAsync(node);
        await node.StartAsync();
        return node;
    }

    public async Task InitializeAsync()
    {
        var connectionString = await CreateDatabaseAsync();
        ConnectionString = connectionString;
        _app = TautokoApp.Build(
        [
            "--db", connectionString,
            "--urls", "http://127.0.0.1:0",
            "--demo",
            "--demo-clients", "400",
            "--search-count-limit", "30",
            "--signin-limit", "1000",
            // Tests deliver at any hour; the sending window's own tests set national office's window (SendingWindowTests).
            "--sending-window", AlwaysOpen,
            "--contentRoot", RepositoryPaths.WebProject,
            // Razor pages are found through the application's assembly; under a test runner the entry assembly is testhost.
            "--applicationName", "Tautoko.Web",
            "--Serilog:MinimumLevel:Override:Tautoko=Warning",
            "--Serilog:MinimumLevel:Override:Serilog.AspNetCore=Warning",
        ]);
        await TautokoApp.PrepareAsync(_app);
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Urls.First(u => u.StartsWith("http://", StringComparison.Ordinal)) + "/");
        _http = NewHttpClient();
    }

    public async Task DisposeAsync()
    {
        _http?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        await DropDatabaseAsync();
    }

    /// <summary>A client that follows no redirects, so tests see exactly what the server said.</summary>
    public HttpClient NewHttpClient(HttpMessageHandler? handler = null) =>
        new(handler ?? new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>API calls as a demo account (slug such as "casemanager"), with its bearer token cached.</summary>
    public async Task<ApiClient> AsAsync(string account) => new(Http, await TokenAsync(account));

    public Task<string> TokenAsync(string account) =>
        _tokens.GetOrAdd(account, a => new Lazy<Task<string>>(() => SignInAsync(a))).Value;

    /// <summary>A browser-like client with a cookie jar, signed in as the account through the sign-in page.</summary>
    public async Task<PageClient> PagesAsAsync(string account)
    {
        var pages = new PageClient(this);
        await pages.SignInAsync(Email(account), DemoPassword);
        return pages;
    }

    /// <summary>The staff member's full name, as the page header shows it to them.</summary>
    public Task<string> StaffNameAsync(string account) =>
        _staffNames.GetOrAdd(account, a => new Lazy<Task<string>>(async () =>
        {
            using var pages = await PagesAsAsync(a);
            var page = await pages.GetAsync("/clients");
            var who = page.Document.QuerySelector("header .who span")?.TextContent
                      ?? throw new InvalidOperationException("The page header does not name the signed-in person.");
            return who.Split(" · ")[0].Trim();
        })).Value;

    public Task<Guid> MastertonSiteIdAsync() => _masterton.Value;

    /// <summary>Restricted records, found by a Remote Client Services case manager who may see them all.</summary>
    public Task<IReadOnlyList<Guid>> RestrictedClientIdsAsync() => _restricted.Value;

    /// <summary>The Māka clients the demo data guarantees at Masterton.</summary>
    public Task<MakaWhanau> MakaAsync() => _maka.Value;

    /// <summary>Runs a set-up once per server and shares its result, for test data several tests of a class use.</summary>
    public async Task<T> OnceAsync<T>(string key, Func<Task<T>> factory)
        where T : notnull =>
        (T)await _once.GetOrAdd(key, _ => new Lazy<Task<object>>(async () => await factory())).Value;

    protected abstract Task<string> CreateDatabaseAsync();

    protected abstract Task DropDatabaseAsync();

    private async Task<string> SignInAsync(string account)
    {
        using var response = await Http.PostAsJsonAsync("/api/auth/login", new { email = Email(account), password = DemoPassword });
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException(
                $"Sign-in as {account} on {Provider} failed with {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return body["accessToken"]!.GetValue<string>();
    }

    private async Task<Guid> SiteIdAsync(string name)
    {
        var api = await AsAsync(Accounts.CaseManager);
        var sites = await api.GetJsonAsync($"/api/sites?name={Uri.EscapeDataString(name)}&pageSize=100");
        var site = sites["items"]!.AsArray().FirstOrDefault(s => s!["name"]!.GetValue<string>() == name)
                   ?? throw new InvalidOperationException($"The demo data has no site named {name}.");
        return site["id"]!.GetValue<Guid>();
    }

    private async Task<MakaWhanau> FindMakaAsync()
    {
        var api = await AsAsync(Accounts.CaseManager);
        var found = await api.GetJsonAsync("/api/clients?q=Maka&pageSize=100");
        var maka = found.Items()
            .Where(c => c!.Text("name")!.EndsWith(" Māka", StringComparison.Ordinal) && c.Text("homeSite") == "Masterton" && !c!["isRestricted"]!.GetValue<bool>())
            .Select(c => c!["id"]!.GetValue<Guid>())
            .ToList();

        // National office reads them to find the one with warnings, so no case manager's audit trail is touched.
        var national = await AsAsync(Accounts.NationalOffice);
        Guid? withWarnings = null;
        var others = new List<Guid>();
        foreach (var id in maka)
        {
            var overview = await national.GetJsonAsync($"/api/clients/{id}");
            if (withWarnings is null && overview["specialCautions"]!.AsArray().Count > 0 && overview["mustViewNotes"]!.AsArray().Count > 0)
            {
                withWarnings = id;
            }
            else
            {
                others.Add(id);
            }
        }

        if (withWarnings is null || others.Count < 2)
        {
            throw new InvalidOperationException($"The demo data should have at least three Māka clients at Masterton, one with a special caution and a must-view note; found {maka.Count}.");
        }

        return new MakaWhanau(withWarnings.Value, others[0], others[1]);
    }

    private async Task<IReadOnlyList<Guid>> FindRestrictedClientsAsync()
    {
        // Search has no "list everything": every client's first or last name starts with a letter.
        var api = await AsAsync(Accounts.RemoteClientServices);
        var found = new HashSet<Guid>();
        for (var letter = 'a'; letter <= 'z' && found.Count == 0; letter++)
        {
            for (var page = 1; page <= 20; page++)
            {
                var result = await api.GetJsonAsync($"/api/clients?q={letter}&pageSize=100&page={page}");
                foreach (var item in result["items"]!.AsArray())
                {
                    if (item!["isRestricted"]!.GetValue<bool>())
                    {
                        found.Add(item["id"]!.GetValue<Guid>());
                    }
                }

                if (!result["hasNext"]!.GetValue<bool>())
                {
                    break;
                }
            }
        }

        return found.Count > 0 ? [.. found] : throw new InvalidOperationException("The demo data has no restricted client (R-122).");
    }
}

/// <summary>
/// Three Māka clients at Masterton. Tests share them, so each has one use that changes access:
/// <see cref="BreakGlassTarget"/> is opened by break-glass; <see cref="NeverBrokenInto"/> never is.
/// </summary>
public sealed record MakaWhanau(Guid WithWarnings, Guid BreakGlassTarget, Guid NeverBrokenInto);
