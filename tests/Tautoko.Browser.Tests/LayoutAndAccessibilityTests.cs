using System.Globalization;
using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Tautoko.Browser.Tests.StaffPages;

namespace Tautoko.Browser.Tests;

/// <summary>
/// Every page a role reaches from its navigation (and the pages behind a client), signed in as that role, at a phone's
/// width (390 px) and a laptop's (1366 px): nothing scrolls sideways, the navigation fits, and axe-core finds no serious
/// or critical WCAG 2.2 AA problem.
/// </summary>
[Collection(BrowserServer.Collection)]
public sealed class LayoutAndAccessibilityTests(BrowserServer server)
{
    public const int PhoneWidth = 390;
    public const int LaptopWidth = 1366;

    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    public static TheoryData<string> Roles => new()
    {
        "casemanager", "csr", "connector", "manager", "nationaloffice",
    };

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task EveryPageOfTheRole_FitsAPhoneAndALaptop_WithNoSeriousAxeFinding(string account)
    {
        var page = await server.NewPageAsync();
        await page.SetViewportSizeAsync(LaptopWidth, 900);
        await SignInAsync(page, account);
        var addresses = await AddressesAsync(page);
        var problems = new StringBuilder();

        foreach (var width in new[] { PhoneWidth, LaptopWidth })
        {
            await page.SetViewportSizeAsync(width, width == PhoneWidth ? 844 : 900);
            foreach (var address in addresses)
            {
                var response = await page.GotoAsync(address);
                if (response is null || response.Status >= 400)
                {
                    problems.AppendLine(CultureInfo.InvariantCulture, $"{address} at {width} px answered {response?.Status}.");
                    continue;
                }

                var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
                if (overflow > 1)
                {
                    var culprit = await page.EvaluateAsync<string>(WidestElementScript);
                    problems.AppendLine(CultureInfo.InvariantCulture, $"{address} at {width} px scrolls sideways by {overflow} px (widest: {culprit}).");
                }

                if (width == LaptopWidth)
                {
                    var navOverflow = await page.EvaluateAsync<int>(
                        "() => { const n = document.querySelector('header nav'); if (!n) return 0; " +
                        "return Math.max(0, ...[...n.querySelectorAll('a')].map(a => Math.ceil(a.getBoundingClientRect().right - window.innerWidth))); }");
                    if (navOverflow > 0)
                    {
                        problems.AppendLine(CultureInfo.InvariantCulture, $"{address} at {width} px: the navigation runs {navOverflow} px past the window.");
                    }
                }

                var results = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] } });
                foreach (var violation in results.Violations.Where(v => v.Impact is "serious" or "critical"))
                {
                    var where = string.Join(" | ", violation.Nodes.Take(3).Select(n => n.Html.Length > 120 ? n.Html[..120] : n.Html));
                    problems.AppendLine(CultureInfo.InvariantCulture, $"{address} at {width} px: axe {violation.Impact} {violation.Id} ({violation.Help}) on {violation.Nodes.Length} element(s): {where}");
                }
            }
        }

        Assert.True(problems.Length == 0, $"Signed in as {account}, {addresses.Count} pages at {PhoneWidth} and {LaptopWidth} px:{Environment.NewLine}{problems}");
    }

    /// <summary>The home page, every link of the navigation, and the pages behind the first client and appointment they lead to.</summary>
    private static async Task<List<string>> AddressesAsync(IPage page)
    {
        await page.GotoAsync("/");
        var addresses = new List<string> { "/" };
        addresses.AddRange(await LinksAsync(page, "header nav a"));

        // The client pages: the first client a search for a common name finds.
        if (addresses.Contains("/clients"))
        {
            await page.GotoAsync("/clients?q=a");
            var client = (await LinksAsync(page, "main table a[href^='/clients/']")).FirstOrDefault();
            if (client is not null)
            {
                addresses.Add(client);
                await page.GotoAsync(client);
                addresses.AddRange((await LinksAsync(page, "main a[href^='/clients/']")).Where(h => h.StartsWith(client, StringComparison.Ordinal) && h != client).Take(4));
            }
        }

        foreach (var (list, pattern) in new[] { ("/queues", "main a[href^='/queues/']"), ("/tasks/mine", "main a[href^='/tasks/']"), ("/appointments/my-day", "main a[href^='/appointments/']"), ("/assignment", "main a[href^='/assignment/']") })
        {
            if (addresses.Contains(list))
            {
                await page.GotoAsync(list);
                var links = await LinksAsync(page, pattern);
                addresses.AddRange(links.Where(l => Guid.TryParse(l.Split('/')[^1], out _)).Take(2));
                addresses.AddRange(links.Where(l => !Guid.TryParse(l.Split('/')[^1], out _)).Take(2));
            }
        }

        // Taking a call: the search that lists the clients to start a call about.
        if (addresses.Contains("/calls/new"))
        {
            addresses.Add("/calls/new?q=a");
        }

        return [.. addresses.Distinct(StringComparer.Ordinal)];
    }

    private static async Task<List<string>> LinksAsync(IPage page, string selector)
    {
        var hrefs = await page.Locator(selector).EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        return [.. hrefs.Where(h => !string.IsNullOrEmpty(h) && h.StartsWith('/') && !h.Contains(".csv", StringComparison.Ordinal) && !h.Contains(".xlsx", StringComparison.Ordinal) && !h.Contains(".pdf", StringComparison.Ordinal) && !h.Contains("format=", StringComparison.Ordinal)).Distinct(StringComparer.Ordinal)];
    }

    private const string WidestElementScript =
        "() => { let worst = null, right = 0; for (const e of document.querySelectorAll('body *')) { const r = e.getBoundingClientRect(); " +
        "if (r.right > right && getComputedStyle(e).position !== 'fixed') { let p = e.parentElement, clipped = false; " +
        "while (p) { const s = getComputedStyle(p); if (s.overflowX === 'auto' || s.overflowX === 'scroll' || s.overflowX === 'hidden') { clipped = true; break; } p = p.parentElement; } " +
        "if (!clipped) { right = r.right; worst = e; } } } " +
        "return worst ? worst.tagName.toLowerCase() + (worst.className ? '.' + worst.className : '') + ' right=' + Math.round(right) : 'none'; }";
}
