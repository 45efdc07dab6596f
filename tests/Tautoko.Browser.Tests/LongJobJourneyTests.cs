using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Tautoko.Browser.Tests.StaffPages;

namespace Tautoko.Browser.Tests;

/// <summary>
/// End to end in headless Chromium: national office asks for a national proposal; it runs in the background, its page
/// follows it without a reload (the site's own script, under the strict Content-Security-Policy) and opens the proposal
/// when it is made (R-014).
/// </summary>
[Collection(BrowserServer.Collection)]
public sealed partial class LongJobJourneyTests(BrowserServer server)
{
    [Fact]
    public async Task NationalOffice_NationalProposal_ShowsProgress_ThenOpensTheProposal_R014()
    {
        var page = await server.NewPageAsync();
        var refused = new List<string>();
        page.Console += (_, message) =>
        {
            // The job's page and its script keep to the policy (what other pages do is their own tests' business).
            if (page.Url.Contains("/jobs/", StringComparison.Ordinal) && message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                refused.Add(page.Url + ": " + message.Text);
            }
        };
        await WithScreenshotOnFailureAsync(page, "national-proposal-job", async () =>
        {
            await SignInAsync(page, "nationaloffice");
            await page.GotoAsync("/assignment");
            await page.Locator("input[name=scope][value=national]").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Make proposal" }).ClickAsync();

            // The job's page (or, when the script already followed it to the end, the proposal itself).
            await page.WaitForURLAsync(JobOrProposal());
            if (page.Url.Contains("/jobs/", StringComparison.Ordinal))
            {
                await page.WaitForFunctionAsync("() => location.pathname.startsWith('/assignment/') || document.getElementById('job-result-link') !== null");
                if (page.Url.Contains("/jobs/", StringComparison.Ordinal))
                {
                    // Done before the page first showed it: the page says so and links to the result (the script
                    // names the link it adds while opening the result otherwise, so this one is the server's).
                    Assert.Equal("done", await page.Locator("#job").GetAttributeAsync("data-state"));
                    await page.Locator("#job-result-link").ClickAsync();
                }
            }

            await page.WaitForURLAsync(ProposalPattern());
            Assert.Contains("Weights used", await page.Locator("#policy").InnerTextAsync(), StringComparison.Ordinal);

            // Coming back: the assignment page lists the job with a link to what it made.
            var proposalPath = new Uri(page.Url).AbsolutePath;
            await page.GotoAsync("/assignment");
            Assert.True(await page.Locator($"#jobs a[href='{proposalPath}']").CountAsync() > 0, "The assignment page lists the finished job");
            Assert.Empty(refused);
        });
    }

    [GeneratedRegex(@"/(jobs|assignment)/[0-9a-f-]{36}$")]
    private static partial Regex JobOrProposal();

    [GeneratedRegex(@"/assignment/[0-9a-f-]{36}$")]
    private static partial Regex ProposalPattern();
}
