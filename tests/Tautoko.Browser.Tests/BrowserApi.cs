using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Tautoko.Browser.Tests;

/// <summary>Set-up through the API for browser tests on the plain <see cref="BrowserServer"/> (real clock).</summary>
public static class BrowserApi
{
    private static readonly TimeZoneInfo Auckland = TimeZoneInfo.FindSystemTimeZoneById("Pacific/Auckland");

    /// <summary>Today in New Zealand, as the server (on the real clock) counts days.</summary>
    public static DateOnly TodayInAuckland() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Auckland).DateTime);

    /// <summary>A day as a date input takes it.</summary>
    public static string Input(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>API calls as a demo account, for setting up what the test needs before the browser takes over.</summary>
    public static async Task<HttpClient> SignedInApiAsync(this BrowserServer server, string account)
    {
        var http = new HttpClient { BaseAddress = server.BaseAddress };
        using var login = await http.PostAsJsonAsync("/api/auth/login", new { email = BrowserServer.Email(account), password = BrowserServer.DemoPassword });
        login.EnsureSuccessStatusCode();
        var token = JsonNode.Parse(await login.Content.ReadAsStringAsync())!["accessToken"]!.GetValue<string>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }
}
