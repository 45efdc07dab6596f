using Microsoft.Playwright;
using static Tautoko.Browser.Tests.StaffPages;

namespace Tautoko.Browser.Tests;

/// <summary>
/// End to end in headless Chromium: national office follows the measures page's link to fairness and decisions, asks for
/// the whole country and sees each breakdown (cohort, age group, gender, ethnicity, home service centre) and the decline
/// reasons' overturn rates.
/// </summary>
[Collection(BrowserServer.Collection)]
public sealed class FairnessJourneyTests(BrowserServer server)
{
    [Fact]
    public async Task NationalOffice_OpensFairnessFromMeasures_SeesEveryBreakdownForTheCountry()
    {
        var page = await server.NewPageAsync();
        await WithScreenshotOnFailureAsync(page, "fairness", async () =>
        {
            await SignInAsync(page, "nationaloffice");
            await page.GotoAsync("/measures");
            await page.Locator("#fairness-link").ClickAsync();
            await page.GetByRole(AriaRole.Heading, new() { Name = "Fairness and decisions" }).WaitForAsync();

            await page.Locator("#fairness-form select[name=level]").SelectOptionAsync("country");
            await page.Locator("#fairness-form").GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
            Assert.StartsWith("New Zealand (country)", (await page.Locator("#fairness-scope").InnerTextAsync()).Trim(), StringComparison.Ordinal);
            Assert.Equal(0, await page.Locator("#fairness-problem").CountAsync());

            foreach (var dimension in new[] { "cohort", "ageGroup", "gender", "ethnicity", "site" })
            {
                Assert.True(await page.Locator($"#fairness-{dimension} tbody tr").CountAsync() > 0, $"The {dimension} breakdown has rows.");
            }

            // Not recorded is a category of its own; the ethnic groups keep their macrons.
            await page.Locator("#fairness-gender tbody tr[data-category=notRecorded] th", new() { HasText = "Not recorded" }).WaitForAsync();
            await page.Locator("#fairness-ethnicity tbody tr[data-category=maori] th", new() { HasText = "Māori" }).WaitForAsync();
            Assert.True(await page.Locator("#fairness-decline-reasons tbody tr").CountAsync() > 0, "The decline reasons are listed.");
            await SignOutAsync(page);
        });
    }
}
