using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using static Tautoko.Browser.Tests.StaffPages;

namespace Tautoko.Browser.Tests;

/// <summary>
/// End to end in headless Chromium (004 §2.5, R-115, R-116): an ICSM opens a client's progress page after a walk-in, records a
/// BEUT and the client's PCOMS ratings, and sees both on the progress chart.
/// </summary>
[Collection(BrowserServer.Collection)]
public sealed class AssessmentJourneyTests(BrowserServer server)
{
    [Fact]
    public async Task Icsm_RecordsBeutAndPcoms_SeesTheProgressChart_R115_R116()
    {
        var clientId = await IcsClientWithWalkInAsync();
        var page = await server.NewPageAsync();
        await WithScreenshotOnFailureAsync(page, "assessment-journey", async () =>
        {
            await SignInAsync(page, "icsm");
            await page.GotoAsync($"/clients/{clientId}/progress");
            await page.GetByRole(AriaRole.Heading, new() { Name = "ICS progress", Exact = true }).WaitForAsync();
            Assert.Contains("Due", await page.Locator("#due-list").InnerTextAsync(), StringComparison.Ordinal);
            Assert.Equal(0, await page.Locator("#progress-pcoms-chart").CountAsync());

            var selects = page.Locator("#beut-form select[name^='Ratings']");
            var count = await selects.CountAsync();
            Assert.Equal(13, count);
            for (var i = 0; i < count; i++)
            {
                await selects.Nth(i).SelectOptionAsync((2 + (i % 3)).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            await page.Locator("#record-beut").ClickAsync();
            await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "BEUT recorded." }).WaitForAsync();

            foreach (var (field, value) in new[] { ("Individually", "4"), ("Interpersonally", "5"), ("Socially", "3"), ("Overall", "4"), ("Relationship", "9"), ("GoalsAndTopics", "8"), ("ApproachOrMethod", "9"), ("SessionOverall", "9") })
            {
                await page.Locator($"#session-form #{field}").FillAsync(value);
            }

            await page.Locator("#record-session").ClickAsync();
            await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "PCOMS measure recorded." }).WaitForAsync();

            await page.Locator("#progress-pcoms-chart").WaitForAsync();
            await page.Locator("#progress-beut-chart").WaitForAsync();
            Assert.Equal(2, await page.Locator("#progress-pcoms-chart circle").CountAsync());
            Assert.Contains("outcome 16/40, session 35/40", await page.Locator("#pcoms-list").InnerTextAsync(), StringComparison.Ordinal);
            Assert.Contains("Outcome (ORS) total: 16", await page.Locator("#progress-pcoms-chart circle title").First.TextContentAsync() ?? string.Empty, StringComparison.Ordinal);
        });
    }

    /// <summary>A new Masterton client placed on the ICSM's caseload, with a walk-in the ICSM recorded just now (an attended appointment).</summary>
    private async Task<Guid> IcsClientWithWalkInAsync()
    {
        using var icsm = await ApiAsAsync("icsm");
        var sites = (await icsm.GetFromJsonAsync<JsonNode>("/api/sites?name=Masterton"))!;
        var site = sites["items"]![0]!["id"]!.GetValue<Guid>();
        using var created = await icsm.PostAsJsonAsync("/api/clients", new
        {
            firstName = "Hēmi",
            lastName = "Browser-Progress",
            dateOfBirth = "1991-08-02",
            phone = "021 555 0177",
            email = "hemi@example.co.nz",
            preferredChannel = "phone",
            addressLine1 = "9 Queen Street",
            city = "Masterton",
            postcode = "5810",
            homeSiteId = site,
            benefit = "jobseekerSupportWorkReady",
            benefitStartDate = "2026-06-01",
            obligation = "fullTime",
            flags = Array.Empty<string>(),
        });
        created.EnsureSuccessStatusCode();
        var id = JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!.GetValue<Guid>();
        var staffId = (await icsm.GetFromJsonAsync<JsonNode>("/api/appointments/my-day"))!["staffId"]!.GetValue<Guid>();
        using var connector = await ApiAsAsync("connector");
        using var placed = await connector.PostAsJsonAsync($"/api/clients/{id}/placements", new { caseManagerId = staffId, reason = "ICS: placed for the assessment browser test." });
        placed.EnsureSuccessStatusCode();
        using var walkIn = await icsm.PostAsJsonAsync("/api/walk-ins", new { clientId = id, purpose = "caseManagementDiscussion", note = "Came in to talk about housing.", minutes = 30 });
        walkIn.EnsureSuccessStatusCode();
        return id;
    }

    private async Task<HttpClient> ApiAsAsync(string account)
    {
        var http = new HttpClient { BaseAddress = server.BaseAddress };
        using var login = await http.PostAsJsonAsync("/api/auth/login", new { email = BrowserServer.Email(account), password = BrowserServer.DemoPassword });
        login.EnsureSuccessStatusCode();
        var token = JsonNode.Parse(await login.Content.ReadAsStringAsync())!["accessToken"]!.GetValue<string>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }
}
