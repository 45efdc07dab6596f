using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Tautoko.Web.Platform.Exports;

namespace Tautoko.Web.Tests.Exports;

/// <summary>The shared export writer: RFC 4180 CSV in UTF-8, XLSX read back with the Open XML SDK, formulas defused.</summary>
public sealed class ExportFileTests
{
    private sealed record Row(string Name, int Count, double? Share, bool Active, DateOnly On, string? Note, int Version);

    private static readonly Row[] Rows =
    [
        new("Tūī Ōtaki, \"Āwhina\"", 3, 0.5, true, new DateOnly(2026, 12, 7), "line one\nline two", 4),
        new("=HYPERLINK(\"http://x\")", -2, null, false, new DateOnly(2026, 1, 31), "+61 4 1234", 1),
        new("@SUM(A1)", 0, 1.25, true, new DateOnly(2026, 2, 1), "-minus and -5", 2),
    ];

    [Fact]
    public void Columns_AreSimplePropertiesInWords_WithoutVersion()
    {
        var table = ExportTable.Of("Test list", Rows);

        Assert.Equal(["Name", "Count", "Share", "Active", "On", "Note"], table.Headers);
        Assert.Equal("Client number", ExportColumns.Words("ClientNumber"));
    }

    [Fact]
    public void Csv_IsRfc4180Utf8WithMacrons_AndDefusesFormulas()
    {
        var bytes = ExportWriter.Csv(ExportTable.Of("Test list", Rows));

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        var expected =
            "Name,Count,Share,Active,On,Note\r\n" +
            "\"Tūī Ōtaki, \"\"Āwhina\"\"\",3,0.5,Yes,2026-12-07,\"line one\nline two\"\r\n" +
            "\"'=HYPERLINK(\"\"http://x\"\")\",-2,,No,2026-01-31,'+61 4 1234\r\n" +
            "'@SUM(A1),0,1.25,Yes,2026-02-01,'-minus and -5\r\n";
        Assert.Equal(expected, text);
    }

    [Fact]
    public void Xlsx_ReadsBackCellByCell_NumbersAsNumbers_TextDefused()
    {
        var bytes = ExportWriter.Xlsx(ExportTable.Of("Test list", Rows));

        var cells = XlsxReader.Read(bytes, out var sheetName);
        Assert.Equal("Test list", sheetName);
        Assert.Equal(["Name", "Count", "Share", "Active", "On", "Note"], cells[0]);
        Assert.Equal(["Tūī Ōtaki, \"Āwhina\"", "3", "0.5", "Yes", "2026-12-07", "line one\nline two"], cells[1]);
        Assert.Equal(["'=HYPERLINK(\"http://x\")", "-2", "", "No", "2026-01-31", "'+61 4 1234"], cells[2]);
        Assert.Equal("'@SUM(A1)", cells[3][0]);

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var count = sheet.Descendants<Cell>().Single(c => c.CellReference?.Value == "B3");
        Assert.Equal(CellValues.Number, count.DataType!.Value);
        Assert.Empty(sheet.Descendants<CellFormula>());
    }
}

/// <summary>Reads an XLSX's first worksheet back as text, row by row, with the Open XML SDK.</summary>
public static class XlsxReader
{
    public static List<List<string>> Read(byte[] bytes, out string sheetName)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().First();
        sheetName = sheet.Name!.Value!;
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        return part.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>()
            .Select(row => row.Elements<Cell>().Select(cell =>
                cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText
                : cell.DataType?.Value == CellValues.SharedString ? shared[int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)]
                : cell.CellValue?.Text ?? string.Empty).ToList())
            .ToList();
    }
}
