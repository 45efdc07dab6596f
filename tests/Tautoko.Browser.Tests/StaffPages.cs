using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Tautoko.Browser.Tests;

/// <summary>What a member of staff does with the pages, step by step, as in a browser.</summary>
public static partial class StaffPages
{
    public static async Task SignInAsync(IPage page, string account)
    {
        await page.GotoAsync("/signin");
        await page.Locator("#email").FillAsync(BrowserServer.Email(account));
        await page.Locator("#password").FillAsync(BrowserServer.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.Locator("header .who").WaitForAsync();
    }

    /// <summary>The signed-in person's name, from the page header.</summary>
    public static async Task<string> SignedInNameAsync(IPage page)
    {
        var who = await page.Locator("header .who span").InnerTextAsync();
        return who.Split(" · ")[0].Trim();
    }

    public static async Task SignOutAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "You are signed out" }).WaitForAsync();
    }

    public static async Task SearchAsync(IPage page, string text)
    {
        await page.GotoAsync("/clients");
        await page.Locator("#q").FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        var refusal = page.Locator("main [role=alert]");
        if (await refusal.CountAsync() > 0)
        {
            Assert.Fail($"Searching for \"{text}\" showed \"{await refusal.First.InnerTextAsync()}\" instead of results ({page.Url}).");
        }

        await page.GetByRole(AriaRole.Heading, new() { Name = "Results" }).WaitForAsync();
    }

    /// <summary>The client links in the search results: name and address of the overview.</summary>
    public static async Task<IReadOnlyList<(string Name, string Href)>> ResultsAsync(IPage page)
    {
        var links = page.Locator("main table tbody tr td:first-child a");
        var results = new List<(string, string)>();
        for (var i = 0; i < await links.CountAsync(); i++)
        {
            results.Add((await links.Nth(i).InnerTextAsync(), (await links.Nth(i).GetAttributeAsync("href"))!));
        }

        return results;
    }

    public static Regex ClientUrl(string href) => new(Regex.Escape(href) + "$");

    /// <summary>Runs a browser step and, if it fails, keeps a screenshot in /tmp to see why.</summary>
    public static async Task WithScreenshotOnFailureAsync(IPage page, string name, Func<Task> steps)
    {
        try
        {
            await steps();
        }
        catch (Exception failure)
        {
            var file = Path.Combine(Path.GetTempPath(), $"tautoko-{name}-{DateTime.UtcNow:yyyyMMddHHmmss}.png");
            await page.ScreenshotAsync(new() { Path = file, FullPage = true });
            throw new Xunit.Sdk.XunitException($"{failure.Message}{Environment.NewLine}Screenshot of the page ({page.Url}): {file}", failure);
        }
    }
}
