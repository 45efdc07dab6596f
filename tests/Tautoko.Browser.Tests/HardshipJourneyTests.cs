using Microsoft.Playwright;
using static Tautoko.Browser.Tests.StaffPages;

namespace Tautoko.Browser.Tests;

/// <summary>End to end in headless Chromium: a hardship decline, the client's review overturning it, the grant in the history.</summary>
[Collection(BrowserServer.Collection)]
public sealed class HardshipJourneyTests(BrowserServer server)
{
    [Fact]
    public async Task CaseManagerDeclines_ClientsReviewOverturnsItAtInternalReview_GrantAppearsInTheHardshipHistory()
    {
        var page = await server.NewPageAsync();
        var detail = $"Food for the week after the car broke down ({Guid.NewGuid():N}).";
        var applicationUrl = string.Empty;
        var clientHref = string.Empty;

        await WithScreenshotOnFailureAsync(page, "hardship-decline", async () =>
        {
            await SignInAsync(page, "casemanager");
            await SearchAsync(page, "Maka");
            clientHref = (await ResultsAsync(page)).Last(r => r.Name.EndsWith("Māka", StringComparison.Ordinal)).Href;
            await page.GotoAsync(clientHref);
            await page.GetByRole(AriaRole.Link, new() { Name = "Hardship", Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Heading, new() { Name = "Hardship history" }).WaitForAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "New hardship application" }).ClickAsync();

            // the application form, without JavaScript.
            await page.Locator("#need").SelectOptionAsync("Food");
            await page.Locator("#amount").FillAsync("145.60");
            await page.Locator("#detail").FillAsync(detail);
            await page.GetByRole(AriaRole.Button, new() { Name = "Record the application" }).ClickAsync();
            await page.GetByRole(AriaRole.Heading, new() { Name = "Hardship application: Food" }).WaitForAsync();
            applicationUrl = page.Url;

            // a decline without a reason is refused, naming the field; with one of the sixteen it is saved.
            await page.GetByRole(AriaRole.Radio, new() { Name = "Decline", Exact = true }).CheckAsync();
            await page.Locator("#decision-note").FillAsync("A foodbank parcel can meet this need.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save the decision and tell the client" }).ClickAsync();
            await page.Locator("#decline-reason-error").WaitForAsync();
            await page.Locator("#decline-reason").SelectOptionAsync(new SelectOptionValue { Label = "Need can be met in another way" });
            await page.GetByRole(AriaRole.Button, new() { Name = "Save the decision and tell the client" }).ClickAsync();
            await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Decision saved" }).WaitForAsync();
            Assert.Contains("Declined: Need can be met in another way", await page.Locator("#decision-status").InnerTextAsync(), StringComparison.Ordinal);

            // The client rings to ask for a review of the decision; the case manager records it.
            await page.Locator("#grounds").FillAsync("There is no foodbank open near the client this week.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Record the review request" }).ClickAsync();
            await page.GetByRole(AriaRole.Heading, new() { Name = "Review of decision" }).WaitForAsync();
            Assert.Equal("Internal review", (await page.Locator("#review-stage").InnerTextAsync()).Trim());
            await SignOutAsync(page);
        });

        await WithScreenshotOnFailureAsync(page, "hardship-review", async () =>
        {
            // The site's manager carries out the internal review from the worklist and overturns the decline (Table Seven).
            await SignInAsync(page, "manager");
            await page.GotoAsync("/hardship/reviews/worklist");
            await page.GetByRole(AriaRole.Heading, new() { Name = "Reviews of decision: worklist" }).WaitForAsync();
            await page.GotoAsync(applicationUrl);
            await page.Locator("#reviews a").First.ClickAsync();
            await page.Locator("#outcome").SelectOptionAsync(new SelectOptionValue { Label = "Overturned at internal review" });
            await page.Locator("#outcome-note").FillAsync("No other way to meet the need this week.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Record the outcome" }).ClickAsync();
            await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Outcome recorded" }).WaitForAsync();
            Assert.Contains("Overturned at internal review", await page.Locator("#review-outcome").InnerTextAsync(), StringComparison.Ordinal);

            // The grant, linked to its review, is in the client's hardship history.
            await page.GotoAsync(clientHref + "/hardship");
            var row = page.Locator("#hardship-applications tbody tr").Filter(new() { HasText = "$145.60" });
            Assert.Contains("Granted on review", await row.First.InnerTextAsync(), StringComparison.Ordinal);
            await SignOutAsync(page);
        });
    }
}
