using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Playwright;
using static Tautoko.Browser.Tests.StaffPages;

namespace Tautoko.Browser.Tests;

/// <summary>
/// End to end in headless Chromium: the analyst (national office) builds a release of Table One for two years, then
/// another for the later year alone with the same (standing) key; the same cell — the year's Total, the same records —
/// is published identically in both tables; the XLSX download holds that figure (opened with the Open XML SDK).
/// </summary>
[Collection(BrowserServer.Collection)]
public sealed class ReleaseJourneyTests(BrowserServer server)
{
    [Fact]
    public async Task Analyst_BuildsTwoReleases_SameCellRoundsIdentically_DownloadsTheXlsx_R105()
    {
        var page = await server.NewPageAsync();
        await WithScreenshotOnFailureAsync(page, "release-journey", async () =>
        {
            await SignInAsync(page, "nationaloffice");
            var first = await BuildAsync(page, "Table One, two years", twoPeriods: true);
            var second = await BuildAsync(page, "Table One, one year", twoPeriods: false);

            Assert.Equal(first, second);
            Assert.True(first % 3 == 0, $"R-105: {first} is not a multiple of 3");

            var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#download-xlsx").ClickAsync());
            var path = await download.PathAsync();
            using var document = SpreadsheetDocument.Open(path!, false);
            var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
            var total = sheet.Descendants<Row>().First(r => Text(r.Elements<Cell>().First()) == "Total");
            Assert.Equal(second.ToString(System.Globalization.CultureInfo.InvariantCulture), Text(total.Elements<Cell>().ElementAt(1)));
        });
    }

    /// <summary>Builds a release of Table One on the page and reads its published Total for the first period.</summary>
    private static async Task<int> BuildAsync(IPage page, string title, bool twoPeriods)
    {
        await page.GotoAsync("/releases");
        await page.Locator("#title").FillAsync(title);
        if (!twoPeriods)
        {
            await page.Locator("#from-1").FillAsync(string.Empty);
            await page.Locator("#to-1").FillAsync(string.Empty);
        }

        foreach (var box in await page.Locator("#build-release input[name=table]").AllAsync())
        {
            if (await box.GetAttributeAsync("value") != "food-declines")
            {
                await box.UncheckAsync();
            }
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Build release" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = title }).WaitForAsync();
        var cell = page.Locator("section[data-code=food-declines] tbody tr").Filter(new() { HasText = "Total" }).Locator("td").First;
        var text = (await cell.InnerTextAsync()).Split('(')[0].Trim().Replace(",", string.Empty, StringComparison.Ordinal);
        return int.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Text(Cell cell) =>
        cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell.CellValue?.Text ?? string.Empty;
}
