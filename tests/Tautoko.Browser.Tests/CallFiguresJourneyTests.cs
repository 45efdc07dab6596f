using System.Text;
using Microsoft.Playwright;
using static Tautoko.Browser.Tests.BrowserApi;
using static Tautoko.Browser.Tests.StaffPages;

namespace Tautoko.Browser.Tests;

/// <summary>
/// End to end in headless Chromium: national office imports the telephony system's CSV through the /calls page (seed 003,
/// Appendix One) and reads that month's figures by business unit, with the unit's and the overall totals.
/// </summary>
[Collection(BrowserServer.Collection)]
public sealed class CallFiguresJourneyTests(BrowserServer server)
{
    [Fact]
    public async Task NationalOffice_UploadsCallRecords_SeesTheMonthsFiguresByBusinessUnit()
    {
        // A month two years ago: before the demo's twelve months of synthetic calls, so only these three count in it.
        var today = TodayInAuckland();
        var month = new DateOnly(today.Year - 2, today.Month, 1);
        string At(int day, string time) => $"{Input(month.AddDays(day))} {time}";
        var batch = Guid.NewGuid().ToString("N")[..8];
        var csv = "call id,queue,offered time,answered time,end time,abandoned,call-back offered,call-back accepted\n"
            + $"BR-{batch}-1,WI-GENERAL,{At(1, "09:00:00")},{At(1, "09:02:00")},{At(1, "09:12:00")},false,false,false\n"
            + $"BR-{batch}-2,WI-HARDSHIP,{At(2, "10:00:00")},,{At(2, "10:04:00")},true,true,true\n"
            + $"BR-{batch}-3,STUDYLINK-LOAN,{At(3, "11:00:00")},{At(3, "11:01:00")},{At(3, "11:06:00")},false,false,false\n";

        var page = await server.NewPageAsync();
        await WithScreenshotOnFailureAsync(page, "call-figures", async () =>
        {
            await SignInAsync(page, "nationaloffice");
            await page.GotoAsync("/calls");
            await page.Locator("#file").SetInputFilesAsync(new FilePayload { Name = "calls.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
            await page.Locator("#import-calls").GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();
            Assert.Equal("Imported 3 lines: 3 calls added, 0 already held.", (await page.Locator("#imported").InnerTextAsync()).Trim());

            await page.Locator("#from").FillAsync(Input(month));
            await page.Locator("#to").FillAsync(Input(month.AddMonths(1).AddDays(-1)));
            await page.Locator("#period").GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
            await page.Locator("#call-figures").WaitForAsync();

            var label = $"{month.Year:0000}-{month.Month:00}";
            // Unit, month, offered, answered, abandoned, speed of answer, handle time, call-backs offered, accepted.
            Assert.Equal(["Work and Income", label, "2", "1", "1", "2:00", "10:00", "1", "1"], await CellsAsync(page, "Work and Income", label));
            Assert.Equal(["StudyLink", label, "1", "1", "0", "1:00", "5:00", "0", "0"], await CellsAsync(page, "StudyLink", label));
            Assert.Equal(["All business units", "Total", "3", "2", "1", "1:30", "7:30", "1", "1"], await CellsAsync(page, "All business units", "Total"));
            Assert.Equal(0, await page.Locator("#call-figures tbody tr", new() { HasText = "Senior Services" }).CountAsync());
            await SignOutAsync(page);
        });
    }

    private static async Task<IReadOnlyList<string>> CellsAsync(IPage page, string unit, string month)
    {
        var rows = page.Locator("#call-figures tbody tr")
            .Filter(new() { Has = page.Locator("td:nth-child(1)", new() { HasTextRegex = new($"^{unit}$") }) })
            .Filter(new() { Has = page.Locator("td:nth-child(2)", new() { HasTextRegex = new($"^{month}$") }) });
        Assert.Equal(1, await rows.CountAsync());
        return [.. (await rows.Locator("td").AllInnerTextsAsync()).Select(t => t.Trim())];
    }
}
