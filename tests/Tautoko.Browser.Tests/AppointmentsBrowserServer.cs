using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Tautoko.Core.Appointments;
using Tautoko.Core.Calendar;

namespace Tautoko.Browser.Tests;

/// <summary>
/// The browser server on a clock the test controls: it starts at 8am on the next working day, so a
/// booking made in the morning can be resulted "after its time" once the test moves the clock on.
/// </summary>
public sealed class AppointmentsBrowserServer : BrowserServer
{
    public new const string Collection = "Tautoko in Chromium, appointments";

    public AppointmentsBrowserServer()
    {
        var today = NzLocalTime.DateOf(DateTimeOffset.UtcNow);
        Day = WorkingDays.Add(today, 1, AnniversaryDistrict.Wellington);
        Clock = new FakeTimeProvider(NzLocalTime.ToUtc(Day, new TimeOnly(8, 0)));
    }

    /// <summary>The working day the demo lives in.</summary>
    public DateOnly Day { get; }

    public FakeTimeProvider Clock { get; }

    protected override void ConfigureHost(WebApplicationBuilder builder) => builder.Services.AddSingleton<TimeProvider>(Clock);

    /// <summary>API calls as a demo account, for setting up what the test needs before the browser takes over.</summary>
    public async Task<HttpClient> ApiAsAsync(string account)
    {
        var http = new HttpClient { BaseAddress = BaseAddress };
        using var login = await http.PostAsJsonAsync("/api/auth/login", new { email = Email(account), password = DemoPassword });
        login.EnsureSuccessStatusCode();
        var token = JsonNode.Parse(await login.Content.ReadAsStringAsync())!["accessToken"]!.GetValue<string>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }
}

[CollectionDefinition(AppointmentsBrowserServer.Collection)]
public sealed class AppointmentsBrowserCollection : ICollectionFixture<AppointmentsBrowserServer>;
