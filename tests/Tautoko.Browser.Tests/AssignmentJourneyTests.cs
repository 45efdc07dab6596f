using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Tautoko.Browser.Tests.StaffPages;

namespace Tautoko.Browser.Tests;

/// <summary>
/// End to end in headless Chromium: a connector looks at the site's free places, asks for a proposal,
/// reviews the weights, the mix and the explanations, withdraws one line with a reason, applies the rest,
/// and sees the clients on the case managers' caseloads (R-014–R-016, R-081).
/// </summary>
[Collection(BrowserServer.Collection)]
public sealed partial class AssignmentJourneyTests(BrowserServer server)
{
    [Fact]
    public async Task Connector_ReviewsAndAppliesAProposal_CaseloadsFillWithoutGoingOver()
    {
        var page = await server.NewPageAsync();
        await WithScreenshotOnFailureAsync(page, "connector-assignment", async () =>
        {
            await SignInAsync(page, "connector");

            // The site's caseloads: fill against capacity and free places.
            await page.GetByRole(AriaRole.Link, new() { Name = "Caseloads", Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Heading, new() { Name = "Caseloads at Masterton" }).WaitForAsync();
            var freeBefore = Number(await page.Locator("#free-places").InnerTextAsync());
            Assert.True(freeBefore > 0, "Masterton has free places in the demo data");

            // Ask for a proposal for the site.
            await page.GetByRole(AriaRole.Link, new() { Name = "Propose assignments for Masterton" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Make proposal" }).ClickAsync();
            await page.WaitForURLAsync(ProposalUrl());
            var proposalUrl = page.Url;

            // Review: the weights used and what they imply, the mix reached, and why each client was chosen.
            Assert.Contains("Weights used", await page.Locator("#policy").InnerTextAsync(), StringComparison.Ordinal);
            Assert.Contains("The mix comes before priority", await page.Locator("#policy").InnerTextAsync(), StringComparison.Ordinal);
            Assert.Contains("18–24 with work obligations", await page.Locator("#mix-summary").InnerTextAsync(), StringComparison.Ordinal);
            var proposed = Number(await page.Locator("#placed-count").InnerTextAsync());
            Assert.True(proposed > 0, "The proposal places clients");
            var firstLine = page.Locator("#lines tbody tr").First;
            Assert.Contains("Assigned to", await firstLine.InnerTextAsync(), StringComparison.Ordinal);

            // Override one line, saying why.
            var withdrawnClient = await firstLine.Locator("td").First.Locator("a").InnerTextAsync();
            await firstLine.Locator("summary").ClickAsync();
            await firstLine.Locator("input[name=reason]").FillAsync("Client has just moved to Palmerston North.");
            await firstLine.GetByRole(AriaRole.Button, new() { Name = "Withdraw" }).ClickAsync();
            await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Line withdrawn" }).WaitForAsync();
            Assert.Contains("Withdrawn by", await page.Locator("#lines tbody tr.withdrawn").First.InnerTextAsync(), StringComparison.Ordinal);

            // Apply: one transaction; the status changes and the button is gone.
            await page.Locator("#apply").ClickAsync();
            await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "clients placed" }).WaitForAsync();
            Assert.Equal("Applied", (await page.Locator("#status").InnerTextAsync()).Trim());
            Assert.Equal(0, await page.Locator("#apply").CountAsync());

            // The site's free places went down by the lines applied, never below zero.
            await page.GotoAsync("/caseloads");
            var freeAfter = Number(await page.Locator("#free-places").InnerTextAsync());
            Assert.Equal(freeBefore - (proposed - 1), freeAfter);
            Assert.True(freeAfter >= 0);

            // A placed client's caseload page shows who placed them and how; the withdrawn client is not placed.
            await page.GotoAsync(proposalUrl);
            var placedLink = page.Locator("#lines tbody tr:not(.withdrawn) td:first-child a").First;
            await placedLink.ClickAsync();
            await page.Locator("#current-case-manager").WaitForAsync();
            Assert.Contains("Assignment proposal by", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(withdrawnClient));
        });
    }

    private static int Number(string text) => int.Parse(NumberPattern().Match(text.Replace(",", string.Empty, StringComparison.Ordinal)).Value, System.Globalization.CultureInfo.InvariantCulture);

    private static Regex ProposalUrl() => ProposalPattern();

    [GeneratedRegex(@"\d+")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"/assignment/[0-9a-f-]{36}$")]
    private static partial Regex ProposalPattern();
}
