using Microsoft.Playwright;
using static Tautoko.Browser.Tests.StaffPages;

namespace Tautoko.Browser.Tests;

/// <summary>
/// End to end in headless Chromium (R-094, 004 §2.6): an ICSM grants $120 from the discretionary fund on the spot, asks
/// $750 naming the site's manager, the manager approves it from the spend page, and the client's debt stays $0.
/// </summary>
[Collection(BrowserServer.Collection)]
public sealed class DiscretionaryFundJourneyTests(BrowserServer server)
{
    [Fact]
    public async Task IcsmGrantsOnTheSpot_AsksOver500_ManagerApproves_NoDebt()
    {
        var page = await server.NewPageAsync();
        await WithScreenshotOnFailureAsync(page, "fund-journey", async () =>
        {
            await SignInAsync(page, "manager");
            var manager = await SignedInNameAsync(page);
            await SignOutAsync(page);

            await SignInAsync(page, "icsm");
            await SearchAsync(page, "Maka");
            var client = (await ResultsAsync(page)).First(r => r.Name.EndsWith("Māka", StringComparison.Ordinal)).Href;
            await page.GotoAsync(client + "/discretionary-fund");
            await page.GetByRole(AriaRole.Heading, new() { Name = "Discretionary fund", Exact = true }).WaitForAsync();

            await page.Locator("#amount").FillAsync("120");
            await page.Locator("#purpose").SelectOptionAsync("DriverLicenceTesting");
            await page.Locator("#detail").FillAsync("Restricted licence practical test.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Request" }).ClickAsync();
            await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Granted on the spot: $120.00" }).WaitForAsync();

            await page.Locator("#amount").FillAsync("750");
            await page.Locator("#purpose").SelectOptionAsync("SmallBusinessStartUp");
            await page.Locator("#detail").FillAsync("Lawn-mowing round: mower and trailer hire.");
            await page.Locator("#approvingManagerId").SelectOptionAsync(new SelectOptionValue { Label = manager });
            await page.GetByRole(AriaRole.Button, new() { Name = "Request" }).ClickAsync();
            await page.GetByRole(AriaRole.Status).Filter(new() { HasText = $"Sent to {manager} to approve" }).WaitForAsync();
            await SignOutAsync(page);

            await SignInAsync(page, "manager");
            await page.GetByRole(AriaRole.Link, new() { Name = "Discretionary fund", Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Heading, new() { Name = "Discretionary fund spend" }).WaitForAsync();
            await page.Locator("#fund-awaiting a").Filter(new() { HasText = "$750.00" }).First.ClickAsync();
            var request = page.Locator("#fund-grants tbody tr").Filter(new() { HasText = "Lawn-mowing round" }).First;
            await request.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
            await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Request granted" }).WaitForAsync();
            Assert.Contains($"Approved by {manager}", await page.Locator("#fund-grants tbody tr").Filter(new() { HasText = "Lawn-mowing round" }).First.InnerTextAsync(), StringComparison.Ordinal);
            Assert.Equal("$0.00", (await page.Locator("#fund-debt").InnerTextAsync()).Trim());
        });
    }
}
