using Microsoft.Playwright;
using static Tautoko.Browser.Tests.StaffPages;

namespace Tautoko.Browser.Tests;

/// <summary>
/// End to end in headless Chromium: a case manager records a complaint about a colleague; the site's manager finds it on the
/// open-complaints worklist, records one of Table Eight's outcomes and the complaint closes; the colleague named
/// cannot open it.
/// </summary>
[Collection(BrowserServer.Collection)]
public sealed class ComplaintJourneyTests(BrowserServer server)
{
    [Fact]
    public async Task CaseManagerRecords_ManagerClosesWithATableEightOutcome_NamedColleagueIsRefused()
    {
        var page = await server.NewPageAsync();
        await WithScreenshotOnFailureAsync(page, "complaint-journey", async () =>
        {
            var description = $"Spoke over the client at the counter ({Guid.NewGuid():N}).";

            // The connector's name, to complain about them.
            await SignInAsync(page, "connector");
            var connector = await SignedInNameAsync(page);
            await SignOutAsync(page);

            await SignInAsync(page, "casemanager");
            await page.GotoAsync("/complaints/new");
            await page.Locator("#staffId").SelectOptionAsync(new SelectOptionValue { Label = connector });
            await page.Locator("#channel").SelectOptionAsync("FaceToFace");
            await page.Locator("#description").FillAsync(description);
            await page.GetByRole(AriaRole.Button, new() { Name = "Record complaint" }).ClickAsync();
            await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Complaint recorded" }).WaitForAsync();
            await SignOutAsync(page);

            await SignInAsync(page, "manager");
            await page.GetByRole(AriaRole.Link, new() { Name = "Complaints", Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Heading, new() { Name = "Open complaints" }).WaitForAsync();
            var row = page.Locator("#open-complaints tbody tr").Filter(new() { HasText = description });
            Assert.Contains(connector, await row.InnerTextAsync(), StringComparison.Ordinal);
            await row.Locator("a").ClickAsync();
            await page.GetByRole(AriaRole.Heading, new() { Name = $"Complaint about {connector}" }).WaitForAsync();
            var complaintUrl = page.Url;
            await page.Locator("#outcome").SelectOptionAsync(new SelectOptionValue { Label = "Resolved: Complainant satisfied" });
            await page.Locator("#note").FillAsync("Apologised to the client; spoke with the connector.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Record outcome and close" }).ClickAsync();
            await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "The complaint is closed" }).WaitForAsync();
            Assert.Contains("Resolved: Complainant satisfied", await page.Locator("#complaint-outcome").InnerTextAsync(), StringComparison.Ordinal);
            Assert.Equal("Closed", (await page.Locator("#complaint-status").InnerTextAsync()).Trim());
            await SignOutAsync(page);

            await SignInAsync(page, "connector");
            var refused = await page.GotoAsync(complaintUrl);
            Assert.Equal(403, refused!.Status);
            Assert.Contains("not shown to the staff member it names", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        });
    }
}
