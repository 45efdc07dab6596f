using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using static Tautoko.Browser.Tests.BrowserApi;
using static Tautoko.Browser.Tests.StaffPages;

namespace Tautoko.Browser.Tests;

/// <summary>
/// End to end in headless Chromium (R-117, seed 004 §2.4): an ICS case manager starts a staircasing plan from the client's
/// most pressing need, adds a step, celebrates it as achieved, records a setback, and sees the achievement kept beside it.
/// </summary>
[Collection(BrowserServer.Collection)]
public sealed class StaircaseJourneyTests(BrowserServer server)
{
    private const string Account = "icsm";

    [Fact]
    public async Task IcsCaseManager_StartsAPlan_AchievesAStep_RecordsASetback_SeesBoth_R117()
    {
        var clientId = await IcsClientAsync();
        var today = Input(TodayInAuckland());
        var page = await server.NewPageAsync();
        await WithScreenshotOnFailureAsync(page, "staircase", async () =>
        {
            await SignInAsync(page, Account);
            await page.GotoAsync($"/clients/{clientId}/staircase");
            await page.Locator("#MostPressingNeed").FillAsync("Sleeping in the car with two tamariki");
            await page.Locator("#NeedDomain").SelectOptionAsync("tahaTinana");
            await page.Locator("#Goal").SelectOptionAsync("work");
            await page.Locator("#start-plan").ClickAsync();
            Assert.Contains("Sleeping in the car with two tamariki", await page.Locator("#plan-summary").InnerTextAsync(), StringComparison.Ordinal);

            await page.Locator("#Domain").SelectOptionAsync("tahaTinana");
            await page.Locator("#What").FillAsync("Apply for emergency housing");
            await page.Locator("#add-milestone").ClickAsync();
            var step = page.Locator("#pathway li.open", new() { HasText = "Apply for emergency housing" });
            await step.Locator("input[name=AchievedOn]").FillAsync(today);
            await step.Locator("input[name=Note]").FillAsync("Motel from Friday");
            await step.GetByRole(AriaRole.Button, new() { Name = "Celebrate" }).ClickAsync();
            await page.Locator("#staircase-done", new() { HasText = "Milestone achieved" }).WaitForAsync();

            await page.Locator("#Kind").SelectOptionAsync("healthDecline");
            await page.Locator("#OccurredOn").FillAsync(today);
            await page.Locator("#setback-note").FillAsync("Back in hospital for a week");
            await page.Locator("#record-setback").ClickAsync();
            await page.Locator("#setback-list li", new() { HasText = "Back in hospital for a week" }).WaitForAsync();

            // The setback sits beside the progress: the achievement is still there, the step still achieved.
            var achievement = page.Locator("#achievement-list li.achievement");
            Assert.Equal(1, await achievement.CountAsync());
            Assert.Contains("Apply for emergency housing", await achievement.InnerTextAsync(), StringComparison.Ordinal);
            Assert.Contains("Motel from Friday", await achievement.InnerTextAsync(), StringComparison.Ordinal);
            Assert.Equal(1, await page.Locator("#pathway li.achieved", new() { HasText = "Apply for emergency housing" }).CountAsync());
            await SignOutAsync(page);
        });
    }

    /// <summary>A new Masterton client placed on the demo ICS case manager's caseload by the connector; when it is full, one of its clients without a plan.</summary>
    private async Task<Guid> IcsClientAsync()
    {
        using var icsm = await server.SignedInApiAsync(Account);
        var sites = (await icsm.GetFromJsonAsync<JsonNode>("/api/sites?name=Masterton"))!;
        using var created = await icsm.PostAsJsonAsync("/api/clients", new
        {
            firstName = "Aroha",
            lastName = "Staircase-Tēst",
            dateOfBirth = "1988-03-14",
            phone = "021 555 0188",
            preferredChannel = "phone",
            addressLine1 = "3 Chapel Street",
            city = "Masterton",
            postcode = "5810",
            homeSiteId = sites["items"]![0]!["id"]!.GetValue<Guid>(),
            benefit = "jobseekerSupportWorkReady",
            benefitStartDate = "2025-02-03",
            obligation = "fullTime",
            flags = Array.Empty<string>(),
        });
        created.EnsureSuccessStatusCode();
        var id = JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!.GetValue<Guid>();
        var staffId = (await icsm.GetFromJsonAsync<JsonNode>("/api/appointments/my-day"))!["staffId"]!.GetValue<Guid>();
        using var connector = await server.SignedInApiAsync("connector");
        using var placed = await connector.PostAsJsonAsync($"/api/clients/{id}/placements", new { caseManagerId = staffId, reason = "ICS client for the staircasing browser test." });
        if (placed.StatusCode != HttpStatusCode.Conflict)
        {
            Assert.True(placed.IsSuccessStatusCode, await placed.Content.ReadAsStringAsync());
            return id;
        }

        var mine = (await icsm.GetFromJsonAsync<JsonNode>("/api/caseloads/mine?pageSize=100"))!;
        foreach (var client in mine["clients"]!.AsArray())
        {
            var candidate = client!["clientId"]!.GetValue<Guid>();
            var staircase = (await icsm.GetFromJsonAsync<JsonNode>($"/api/clients/{candidate}/staircase"))!;
            if (staircase["active"] is null)
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("The demo ICS case manager's caseload is full and every client on it has a plan.");
    }
}
