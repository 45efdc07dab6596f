using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Tautoko.Web.Hosting;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Auth;

/// <summary>
/// The sign-in rate limit, on a host of its own started with a limit of three a minute (the shared
/// servers allow 1,000 so the suite can sign in freely). The limiter is in memory, not in the
/// database, so one provider is enough.
/// </summary>
public sealed class RateLimitTests : IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"tautoko-ratelimit-{Guid.NewGuid():N}.db");
    private WebApplication? _app;

    public async Task InitializeAsync()
    {
        _app = TautokoApp.Build(["--db", $"Data Source={_path}", "--urls", "http://127.0.0.1:0", "--signin-limit", "3", "--contentRoot", RepositoryPaths.WebProject, "--applicationName", "Tautoko.Web"]);
        await TautokoApp.PrepareAsync(_app);
        await _app.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }

    [Fact]
    public async Task Login_MoreThanTheLimitInAMinute_Returns429()
    {
        using var http = new HttpClient { BaseAddress = new Uri(_app!.Urls.First()) };
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await http.PostAsJsonAsync("/api/auth/login", new { email = "someone@example.com", password = "guessing-password" });
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task SignInPage_ShownMoreOftenThanTheLimit_IsNeverThrottled()
    {
        // Only sign-in attempts count: a whole office behind one address opens the page at 8.30.
        using var http = new HttpClient { BaseAddress = new Uri(_app!.Urls.First()) };
        for (var i = 0; i < 6; i++)
        {
            using var response = await http.GetAsync(new Uri("/signin", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }
}
