using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Tautoko.Web.Tests.Infrastructure;

/// <summary>
/// What a test can read from a PDF without a PDF library: its pages, its fonts, and the Unicode text its
/// fonts' /ToUnicode maps say the glyphs stand for (the streams are Flate-compressed; this inflates them).
/// </summary>
public sealed partial class PdfFacts
{
    private PdfFacts(string objects, IReadOnlyList<string> streams)
    {
        Objects = objects;
        Streams = streams;
    }

    /// <summary>The file as Latin-1 text (dictionaries are ASCII).</summary>
    public string Objects { get; }

    /// <summary>Every stream, inflated where it was compressed.</summary>
    public IReadOnlyList<string> Streams { get; }

    public int Pages => PageObject().Count(Objects);

    public static PdfFacts Read(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var streams = new List<string>();
        foreach (Match match in StreamStart().Matches(text))
        {
            var start = match.Index + match.Length;
            var end = text.IndexOf("endstream", start, StringComparison.Ordinal);
            if (end < 0)
            {
                break;
            }

            var raw = pdf.AsSpan(start, end - start).ToArray();
            streams.Add(Inflate(raw) ?? Encoding.Latin1.GetString(raw));
        }

        return new PdfFacts(text, streams);
    }

    /// <summary>True when some font's /ToUnicode map sends a glyph to this character (so it was drawn and can be copied).</summary>
    public bool MapsToUnicode(char character)
    {
        var hex = $"<{(int)character:X4}>";
        return Streams.Any(s => s.Contains("begincmap", StringComparison.Ordinal) && s.Contains(hex, StringComparison.OrdinalIgnoreCase));
    }

    private static string? Inflate(byte[] raw)
    {
        try
        {
            using var input = new ZLibStream(new MemoryStream(raw), CompressionMode.Decompress);
            using var output = new MemoryStream();
            input.CopyTo(output);
            return Encoding.Latin1.GetString(output.ToArray());
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"stream\r?\n")]
    private static partial Regex StreamStart();

    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PageObject();
}
