using System.Globalization;
using CsvHelper;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Tautoko.Web.Platform.Exports;

/// <summary>Writes an <see cref="ExportTable"/> as CSV (CsvHelper) or XLSX (the Open XML SDK).</summary>
public static class ExportWriter
{
    public const string CsvContentType = "text/csv";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static string ContentType(ExportFormat format) => format == ExportFormat.Csv ? CsvContentType : XlsxContentType;

    public static string Extension(ExportFormat format) => format == ExportFormat.Csv ? "csv" : "xlsx";

    public static byte[] Write(ExportTable table, ExportFormat format) => format == ExportFormat.Csv ? Csv(table) : Xlsx(table);

    /// <summary>
    /// RFC 4180: comma-separated, fields with commas, quotes or line breaks quoted, quotes doubled, records ended by CRLF;
    /// UTF-8 with a byte-order mark, so a spreadsheet opening the file keeps the macrons (ā, ē, ī, ō, ū).
    /// </summary>
    public static byte[] Csv(ExportTable table)
    {
        using var stream = new MemoryStream();
        // Text is defused once, for both formats, by ExportCell.Text; numbers (a negative one too) stay numbers.
        var options = CsvWriterOptions.Default with { NewLine = "\r\n", WriteByteOrderMark = true, Injection = CsvInjection.None };
        using (var csv = CsvWriter.Create(stream, options, leaveOpen: true))
        {
            foreach (var header in table.Headers)
            {
                csv.WriteField(ExportCell.Text(header));
            }

            csv.EndRecord();
            foreach (var row in table.Rows)
            {
                foreach (var cell in row)
                {
                    csv.WriteField(cell switch
                    {
                        null => string.Empty,
                        string s => s,
                        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                        _ => cell.ToString() ?? string.Empty,
                    });
                }

                csv.EndRecord();
            }
        }

        return stream.ToArray();
    }

    /// <summary>One worksheet named for the list: a bold, frozen header row; numbers as numbers, everything else as text.</summary>
    public static byte[] Xlsx(ExportTable table)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
                new Borders(new Border()) { Count = 1 },
                new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }) { Count = 2 });

            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(Row(1, table.Headers.Cast<object?>().ToList(), header: true));
            var number = 2u;
            foreach (var row in table.Rows)
            {
                data.Append(Row(number++, row, header: false));
            }

            var view = new SheetView { TabSelected = true, WorkbookViewId = 0 };
            view.Append(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen });
            sheetPart.Worksheet = new Worksheet(new SheetViews(view), data);

            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = SheetName(table.Name) }));
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static Row Row(uint number, IReadOnlyList<object?> cells, bool header)
    {
        var row = new Row { RowIndex = number };
        for (var i = 0; i < cells.Count; i++)
        {
            var reference = ColumnName(i) + number.ToString(CultureInfo.InvariantCulture);
            Cell cell = cells[i] switch
            {
                null => new Cell { CellReference = reference },
                string s => new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(s) { Space = SpaceProcessingModeValues.Preserve }) },
                int n => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(n) },
                long n => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue((double)n) },
                double n => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(n) },
                decimal n => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(n) },
                IConvertible n when n is short or byte or float => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(n.ToDouble(CultureInfo.InvariantCulture)) },
                var other => new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(ExportCell.Text(other.ToString() ?? string.Empty))) },
            };
            if (header)
            {
                cell.StyleIndex = 1;
            }

            row.Append(cell);
        }

        return row;
    }

    /// <summary>0 → A, 25 → Z, 26 → AA.</summary>
    public static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>A worksheet name: at most 31 characters, none of : \ / ? * [ ].</summary>
    private static string SheetName(string name)
    {
        var clean = new string(name.Where(c => c is not (':' or '\\' or '/' or '?' or '*' or '[' or ']')).ToArray()).Trim();
        return clean.Length == 0 ? "Export" : clean[..Math.Min(31, clean.Length)];
    }
}
