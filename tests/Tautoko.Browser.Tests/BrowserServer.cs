using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using Tautoko.Web.Hosting;

namespace Tautoko.Browser.Tests;

/// <summary>
/// The real host on SQLite in demo mode (its own throw-away database) and Debian's headless
/// Chromium driven by Playwright, shared by the browser tests.
/// </summary>
public class BrowserServer : IAsyncLifetime
{
    public const string Collection = "Tautoko in Chromium";
    public const string DemoPassword = "Tautoko-demo-2026";
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"tautoko-browser-tests-{Guid.NewGuid():N}.db");
    private WebApplication? _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Chromium has not started.");

    public static string Email(string account) => $"{account}@demo.tautoko.nz";

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing. Run ./test.sh, which installs Debian's chromium (or: apt-get install -y chromium).");
        }

        _app = TautokoApp.Build(
        [
            "--db", $"Data Source={_path}",
            "--urls", "http://127.0.0.1:0",
            "--demo",
            "--demo-clients", "300",
            "--signin-limit", "1000",
            "--contentRoot", WebProjectPath(),
            // Razor pages are found through the application's assembly; under a test runner the entry assembly is testhost.
            "--applicationName", "Tautoko.Web",
            "--Serilog:MinimumLevel:Override:Tautoko=Warning",
            "--Serilog:MinimumLevel:Override:Serilog.AspNetCore=Warning",
        ], ConfigureHost);
        await TautokoApp.PrepareAsync(_app);
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Urls.First(u => u.StartsWith("http://", StringComparison.Ordinal)) + "/");

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }

    /// <summary>Lets a derived server change the host before it is built (e.g. its clock).</summary>
    protected virtual void ConfigureHost(WebApplicationBuilder builder)
    {
    }

    /// <summary>A fresh browser context (its own cookies), with the server as base address.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new() { BaseURL = BaseAddress.ToString(), Locale = "en-NZ", TimezoneId = "Pacific/Auckland" });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    private static string WebProjectPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Tautoko.slnx")))
            {
                return Path.Combine(dir.FullName, "src", "Tautoko.Web");
            }
        }

        throw new InvalidOperationException($"Tautoko.slnx was not found above {AppContext.BaseDirectory}.");
    }
}

[CollectionDefinition(BrowserServer.Collection)]
public sealed class BrowserCollection : ICollectionFixture<BrowserServer>;
