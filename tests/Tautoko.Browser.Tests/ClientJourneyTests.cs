using Microsoft.Playwright;
using static Tautoko.Browser.Tests.StaffPages;

namespace Tautoko.Browser.Tests;

/// <summary>End to end in headless Chromium: what a case manager and their manager do in a day.</summary>
[Collection(BrowserServer.Collection)]
public sealed class ClientJourneyTests(BrowserServer server)
{
    [Fact]
    public async Task CaseManager_SearchOpenAndAddNote_ManagerSeesTheReadInTheAudit()
    {
        var caseManager = await server.NewPageAsync();
        var noteText = $"Phoned client about their CV; booked a follow-up ({Guid.NewGuid():N}).";
        var clientHref = string.Empty;
        var caseManagerName = string.Empty;

        await WithScreenshotOnFailureAsync(caseManager, "casemanager-journey", async () =>
        {
            await SignInAsync(caseManager, "casemanager");
            caseManagerName = await SignedInNameAsync(caseManager);

            // "Maka" without a macron finds "Māka".
            await SearchAsync(caseManager, "Maka");
            var maka = (await ResultsAsync(caseManager)).Where(r => r.Name.EndsWith("Māka", StringComparison.Ordinal)).ToList();
            Assert.True(maka.Count >= 3, "Three Māka clients at Masterton: " + string.Join(", ", maka.Select(m => m.Name)));

            // Open the one with a special caution.
            foreach (var (_, href) in maka)
            {
                await caseManager.GotoAsync(href);
                if (await caseManager.Locator("main .caution").CountAsync() > 0)
                {
                    clientHref = href;
                    break;
                }
            }

            Assert.False(string.IsNullOrEmpty(clientHref), "One Māka client has a special caution.");

            // the special caution comes before the client's name on the page.
            var cautionFirst = await caseManager.EvaluateAsync<bool>(
                "() => { const c = document.querySelector('main .caution'); const h = document.querySelector('main h1');" +
                " return !!c && !!h && (c.compareDocumentPosition(h) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0; }");
            Assert.True(cautionFirst, "The caution box is before the h1 in the document.");
            Assert.True(await caseManager.Locator("main .caution").First.IsVisibleAsync());
            Assert.Contains("Māka", await caseManager.Locator("main h1").InnerTextAsync(), StringComparison.Ordinal);

            // add a note through the form; it is at the top of the engagement log.
            await caseManager.Locator("#note-text").FillAsync(noteText);
            await caseManager.Locator("#note-channel").SelectOptionAsync("Phone");
            await caseManager.GetByRole(AriaRole.Button, new() { Name = "Save note" }).ClickAsync();
            await caseManager.GetByRole(AriaRole.Status).Filter(new() { HasText = "Note saved" }).WaitForAsync();
            Assert.Contains(noteText, await caseManager.Locator("#notes tbody tr").First.InnerTextAsync(), StringComparison.Ordinal);

            await SignOutAsync(caseManager);
        });

        // the manager sees who looked at the client, and the note that was added.
        var manager = caseManager;
        await WithScreenshotOnFailureAsync(manager, "manager-audit", async () =>
        {
            await SignInAsync(manager, "manager");
            await manager.GotoAsync(clientHref);
            await manager.GetByRole(AriaRole.Link, new() { Name = "Who looked at this client" }).ClickAsync();
            await manager.GetByRole(AriaRole.Heading, new() { Name = "Who looked at" }).WaitForAsync();

            var rows = manager.Locator("#audit tbody tr");
            var readByCaseManager = rows.Filter(new() { HasText = caseManagerName }).Filter(new() { Has = manager.Locator("td:nth-child(4)", new() { HasTextString = "Read" }) });
            var noteByCaseManager = rows.Filter(new() { HasText = caseManagerName }).Filter(new() { Has = manager.Locator("td:nth-child(4)", new() { HasTextString = "AddNote" }) });
            Assert.True(await readByCaseManager.CountAsync() >= 1, $"A Read row by {caseManagerName}");
            Assert.True(await noteByCaseManager.CountAsync() >= 1, $"An AddNote row by {caseManagerName}");
        });
    }

    [Fact]
    public async Task CaseManagerAtAnotherSite_BreaksGlassWithReason_ManagerReportListsIt()
    {
        var reason = $"Client walked into our centre needing urgent hardship help ({Guid.NewGuid():N}).";
        var clientHref = string.Empty;

        var lookup = await server.NewPageAsync();
        await WithScreenshotOnFailureAsync(lookup, "breakglass-lookup", async () =>
        {
            await SignInAsync(lookup, "casemanager");
            await SearchAsync(lookup, "Maka");
            clientHref = (await ResultsAsync(lookup)).Last(r => r.Name.EndsWith("Māka", StringComparison.Ordinal)).Href;
        });

        var elsewhere = await server.NewPageAsync();
        await WithScreenshotOnFailureAsync(elsewhere, "breakglass-othersite", async () =>
        {
            await SignInAsync(elsewhere, "casemanager.othersite");
            await elsewhere.GotoAsync(clientHref);
            Assert.Equal("Access refused", await elsewhere.Locator("main h1").InnerTextAsync());
            // The refusal reads in plain words; the rule is named for the auditor on hover ("why?").
            Assert.Contains("another site", await elsewhere.Locator("main [role=alert]").InnerTextAsync(), StringComparison.Ordinal);
            Assert.Contains("scope", await elsewhere.Locator("main [role=alert] abbr.rule-why").First.GetAttributeAsync("data-rule"), StringComparison.Ordinal);

            await elsewhere.Locator("#bg-reason").FillAsync(reason);
            await elsewhere.GetByRole(AriaRole.Button, new() { Name = "Open record and record my reason" }).ClickAsync();
            await elsewhere.WaitForURLAsync(ClientUrl(clientHref));
            Assert.Contains("Māka", await elsewhere.Locator("main h1").InnerTextAsync(), StringComparison.Ordinal);
            Assert.Contains("break-glass", await elsewhere.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        });

        var manager = await server.NewPageAsync();
        await WithScreenshotOnFailureAsync(manager, "breakglass-report", async () =>
        {
            await SignInAsync(manager, "manager");
            await manager.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Break-glass report" }).ClickAsync();
            await manager.GetByRole(AriaRole.Heading, new() { Name = "Break-glass report" }).WaitForAsync();
            var row = manager.Locator("#break-glass tbody tr").Filter(new() { HasText = reason });
            Assert.Equal(1, await row.CountAsync());
            Assert.Contains("Māka", await row.InnerTextAsync(), StringComparison.Ordinal);
        });
    }
}
