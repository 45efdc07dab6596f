using System.Globalization;
using SkiaSharp;
using Tautoko.Web.Platform;
using Tautoko.Web.Platform.Exports;

namespace Tautoko.Web.Features.Releases;

/// <summary>
/// A release as a file. CSV and XLSX (the platform's <see cref="ExportWriter"/>): one sheet, each table as a block — its
/// number and title, its period, the header row, the rows, then the seed's notes under it and a blank line. PDF (SkiaSharp,
/// DejaVu Sans, as the letters are drawn): the same blocks on A4 landscape pages. Only published figures go into a file,
/// never the analyst's true counts.
/// </summary>
public static class ReleaseFiles
{
    private const float PageWidth = 841.89f;
    private const float PageHeight = 595.28f;
    private const float Margin = 40f;
    private const string FontFolder = "/usr/share/fonts/truetype/dejavu";

    /// <summary>A blank line between tables (one empty field: a CSV record has at least one).</summary>
    private static readonly object?[] Blank = [string.Empty];

    public static ExportTable Table(ReleaseView release)
    {
        var rows = new List<IReadOnlyList<object?>>
        {
            new object?[] { $"Built {DateDisplay.Show(release.BuiltAt)} by {release.BuiltBy}; periods: {string.Join(", ", release.Periods)}" },
            Blank,
        };
        foreach (var table in release.Tables)
        {
            rows.Add(new object?[] { ExportCell.Text($"{table.Number}: {table.Title}") });
            if (table.Period is { } period)
            {
                rows.Add(new object?[] { ExportCell.Text(period) });
            }

            if (table.NoData is { } none)
            {
                rows.Add(new object?[] { ExportCell.Text(none) });
            }
            else
            {
                rows.Add([ExportCell.Text(table.RowHeading), .. table.Columns.Select(c => (object?)ExportCell.Text(c))]);
                foreach (var row in table.Rows)
                {
                    rows.Add([ExportCell.Text(row.Label), .. row.Cells.Select(c => c.Count is { } n ? n : (object?)c.Value)]);
                }
            }

            rows.Add(new object?[] { "Notes:" });
            rows.AddRange(table.Notes.Select(n => (IReadOnlyList<object?>)new object?[] { ExportCell.Text("- " + n) }));
            rows.Add(Blank);
        }

        // RFC 4180 (and CsvHelper) want every record as wide as the widest: shorter ones are padded with empty fields.
        var width = rows.Max(r => r.Count);
        var padded = rows.Select(r => (IReadOnlyList<object?>)[.. r, .. Enumerable.Repeat<object?>(null, width - r.Count)]).ToList();
        return new ExportTable(release.Title, [ExportCell.Text(release.Title), .. Enumerable.Repeat(string.Empty, width - 1)], padded);
    }

    /// <summary>The release on A4 landscape pages: each table with its notes under it; long tables continue on the next page.</summary>
    public static byte[] Pdf(ReleaseView release)
    {
        using var stream = new MemoryStream();
        using var regular = SKTypeface.FromFile(Path.Combine(FontFolder, "DejaVuSans.ttf")) ?? SKTypeface.Default;
        using var boldFace = SKTypeface.FromFile(Path.Combine(FontFolder, "DejaVuSans-Bold.ttf")) ?? SKTypeface.Default;
        using var body = new SKFont(regular, 8);
        using var bold = new SKFont(boldFace, 8);
        using var heading = new SKFont(boldFace, 11);
        using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        using (var document = SKDocument.CreatePdf(stream, new SKDocumentPdfMetadata { Title = release.Title, Creation = release.BuiltAt.UtcDateTime, Modified = release.BuiltAt.UtcDateTime }))
        {
            var canvas = document.BeginPage(PageWidth, PageHeight);
            var y = Margin;
            void Line(string text, SKFont font, float x = Margin)
            {
                if (y + font.Size > PageHeight - Margin)
                {
                    document.EndPage();
                    canvas = document.BeginPage(PageWidth, PageHeight);
                    y = Margin;
                }

                canvas.DrawText(text, x, y + font.Size, SKTextAlign.Left, font, ink);
                y += font.Size * 1.45f;
            }

            void Row(string label, IReadOnlyList<string> cells, SKFont font)
            {
                const float labelWidth = 230f;
                var width = cells.Count == 0 ? 0 : Math.Min(90f, (PageWidth - (2 * Margin) - labelWidth) / cells.Count);
                Line(Fit(label, font, labelWidth - 6), font);
                y -= font.Size * 1.45f;
                for (var i = 0; i < cells.Count; i++)
                {
                    canvas.DrawText(Fit(cells[i], font, width - 4), Margin + labelWidth + (i * width) + width - 4, y + font.Size, SKTextAlign.Right, font, ink);
                }

                y += font.Size * 1.45f;
            }

            Line(release.Title, heading);
            Line($"Built {DateDisplay.Show(release.BuiltAt)} by {release.BuiltBy}; periods: {string.Join(", ", release.Periods)}", body);
            y += 8;
            foreach (var table in release.Tables)
            {
                foreach (var line in Wrap($"{table.Number}: {table.Title}", bold, PageWidth - (2 * Margin)))
                {
                    Line(line, bold);
                }

                if (table.Period is { } period)
                {
                    Line(period, body);
                }

                if (table.NoData is { } none)
                {
                    Line(none, body);
                }
                else
                {
                    Row(table.RowHeading, table.Columns, bold);
                    foreach (var row in table.Rows)
                    {
                        Row(row.Label, [.. row.Cells.Select(c => c.Text)], row.Label.Contains("Total", StringComparison.Ordinal) ? bold : body);
                    }
                }

                y += 3;
                foreach (var note in table.Notes)
                {
                    foreach (var line in Wrap("• " + note, body, PageWidth - (2 * Margin)))
                    {
                        Line(line, body);
                    }
                }

                y += 10;
            }

            document.EndPage();
            document.Close();
        }

        return stream.ToArray();
    }

    public static string FileName(ReleaseView release, string extension)
    {
        var stem = new string(release.Title.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
        while (stem.Contains("--", StringComparison.Ordinal))
        {
            stem = stem.Replace("--", "-", StringComparison.Ordinal);
        }

        return string.Create(CultureInfo.InvariantCulture, $"{(stem.Length == 0 ? "release" : stem)}-{release.BuiltAt:yyyy-MM-dd}.{extension}");
    }

    private static string Fit(string text, SKFont font, float width)
    {
        if (font.MeasureText(text) <= width)
        {
            return text;
        }

        while (text.Length > 1 && font.MeasureText(text + "…") > width)
        {
            text = text[..^1];
        }

        return text + "…";
    }

    private static IEnumerable<string> Wrap(string text, SKFont font, float width)
    {
        var line = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : $"{line} {word}";
            if (line.Length > 0 && font.MeasureText(candidate) > width)
            {
                yield return line;
                line = word;
            }
            else
            {
                line = candidate;
            }
        }

        if (line.Length > 0)
        {
            yield return line;
        }
    }
}
