using System.Buffers.Binary;

namespace Tautoko.Web.Features.Appointments.Letters;

/// <summary>
/// Makes a TrueType font that keeps only the outlines a letter draws. SkiaSharp's PDF backend embeds a TrueType font
/// whole unless Skia was built with HarfBuzz's subsetter, which SkiaSharp's native assets are not, so a one-page letter
/// carried both DejaVu faces (754 KB). This keeps every glyph id, the character map and the metrics as they are (so text
/// is laid out and extracted exactly as before) but empties the outline of every glyph the letter does not use, and
/// drops the tables a PDF viewer never reads (OpenType layout, kerning, device metrics, glyph names).
/// </summary>
internal static class TrueTypeSubset
{
    /// <summary>Tables a PDF needs no longer: layout (the letter is drawn glyph by glyph, unshaped), device metrics, PostScript names.</summary>
    private static readonly HashSet<string> Dropped = new(StringComparer.Ordinal) { "GSUB", "GPOS", "GDEF", "kern", "hdmx", "LTSH", "VDMX", "DSIG", "JSTF", "MATH", "BASE" };

    private const ushort ArgsAreWords = 0x0001;
    private const ushort WeHaveAScale = 0x0008;
    private const ushort MoreComponents = 0x0020;
    private const ushort WeHaveAnXAndYScale = 0x0040;
    private const ushort WeHaveATwoByTwo = 0x0080;

    /// <summary>The font with only <paramref name="glyphs"/> (and glyph 0, and the parts of composite glyphs) outlined.</summary>
    public static byte[] Keep(ReadOnlySpan<byte> font, IEnumerable<ushort> glyphs)
    {
        var tables = ReadTables(font);
        if (!tables.TryGetValue("glyf", out var glyf) || !tables.TryGetValue("loca", out var loca) || !tables.TryGetValue("head", out var headRange) || !tables.TryGetValue("maxp", out var maxp))
        {
            throw new InvalidOperationException("Only TrueType-outline fonts (glyf and loca tables) can be subset here.");
        }

        var head = font.Slice(headRange.Offset, headRange.Length);
        var longOffsets = BinaryPrimitives.ReadInt16BigEndian(head[50..]) == 1;
        var glyphCount = BinaryPrimitives.ReadUInt16BigEndian(font[(maxp.Offset + 4)..]);
        var locaData = font.Slice(loca.Offset, loca.Length);
        var glyfData = font.Slice(glyf.Offset, glyf.Length);
        var starts = new int[glyphCount + 1];
        for (var glyph = 0; glyph <= glyphCount; glyph++)
        {
            starts[glyph] = longOffsets
                ? (int)BinaryPrimitives.ReadUInt32BigEndian(locaData[(glyph * 4)..])
                : BinaryPrimitives.ReadUInt16BigEndian(locaData[(glyph * 2)..]) * 2;
        }

        int Start(int glyph) => starts[glyph];

        var keep = new HashSet<int> { 0 };
        var pending = new Stack<int>(glyphs.Select(g => (int)g).Where(g => g < glyphCount));
        while (pending.Count > 0)
        {
            var glyph = pending.Pop();
            if (!keep.Add(glyph) && glyph != 0)
            {
                continue;
            }

            var start = Start(glyph);
            var end = Start(glyph + 1);
            if (end - start < 10 || BinaryPrimitives.ReadInt16BigEndian(glyfData[start..]) >= 0)
            {
                continue;
            }

            // A composite glyph: its components are drawn too.
            var at = start + 10;
            ushort flags;
            do
            {
                flags = BinaryPrimitives.ReadUInt16BigEndian(glyfData[at..]);
                var component = BinaryPrimitives.ReadUInt16BigEndian(glyfData[(at + 2)..]);
                if (!keep.Contains(component))
                {
                    pending.Push(component);
                }

                at += 4 + ((flags & ArgsAreWords) != 0 ? 4 : 2);
                at += (flags & WeHaveAScale) != 0 ? 2 : (flags & WeHaveAnXAndYScale) != 0 ? 4 : (flags & WeHaveATwoByTwo) != 0 ? 8 : 0;
            }
            while ((flags & MoreComponents) != 0);
        }

        // New glyf (kept outlines, 4-byte aligned) and a long-format loca.
        using var newGlyf = new MemoryStream();
        var newLoca = new byte[(glyphCount + 1) * 4];
        for (var glyph = 0; glyph < glyphCount; glyph++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(glyph * 4), (uint)newGlyf.Length);
            if (keep.Contains(glyph))
            {
                var start = Start(glyph);
                var end = Start(glyph + 1);
                newGlyf.Write(glyfData[start..end]);
                while (newGlyf.Length % 4 != 0)
                {
                    newGlyf.WriteByte(0);
                }
            }
        }

        BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(glyphCount * 4), (uint)newGlyf.Length);

        var output = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (tag, range) in tables)
        {
            if (Dropped.Contains(tag))
            {
                continue;
            }

            output[tag] = tag switch
            {
                "glyf" => newGlyf.ToArray(),
                "loca" => newLoca,
                "head" => WithLongLoca(head),
                // post format 3: no glyph names.
                "post" => WithoutGlyphNames(font.Slice(range.Offset, range.Length)),
                _ => font.Slice(range.Offset, range.Length).ToArray(),
            };
        }

        return Write(output);
    }

    private static byte[] WithLongLoca(ReadOnlySpan<byte> head)
    {
        var copy = head.ToArray();
        BinaryPrimitives.WriteUInt32BigEndian(copy.AsSpan(8), 0); // checkSumAdjustment, set again once the file is written
        BinaryPrimitives.WriteInt16BigEndian(copy.AsSpan(50), 1);
        return copy;
    }

    private static byte[] WithoutGlyphNames(ReadOnlySpan<byte> post)
    {
        var copy = post[..32].ToArray();
        BinaryPrimitives.WriteUInt32BigEndian(copy, 0x00030000);
        return copy;
    }

    private static Dictionary<string, (int Offset, int Length)> ReadTables(ReadOnlySpan<byte> font)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(font[4..]);
        var tables = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var record = font.Slice(12 + (i * 16), 16);
            var tag = System.Text.Encoding.ASCII.GetString(record[..4]);
            tables[tag] = ((int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]), (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]));
        }

        return tables;
    }

    private static byte[] Write(SortedDictionary<string, byte[]> tables)
    {
        var count = tables.Count;
        var power = 1;
        var log = 0;
        while (power * 2 <= count)
        {
            power *= 2;
            log++;
        }

        var headerLength = 12 + (16 * count);
        var total = headerLength + tables.Values.Sum(t => (t.Length + 3) & ~3);
        var file = new byte[total];
        var span = file.AsSpan();
        BinaryPrimitives.WriteUInt32BigEndian(span, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(span[4..], (ushort)count);
        BinaryPrimitives.WriteUInt16BigEndian(span[6..], (ushort)(power * 16));
        BinaryPrimitives.WriteUInt16BigEndian(span[8..], (ushort)log);
        BinaryPrimitives.WriteUInt16BigEndian(span[10..], (ushort)((count * 16) - (power * 16)));
        var offset = headerLength;
        var index = 0;
        var headOffset = -1;
        foreach (var (tag, data) in tables)
        {
            var record = span.Slice(12 + (index * 16), 16);
            System.Text.Encoding.ASCII.GetBytes(tag, record);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], Checksum(data));
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)data.Length);
            data.CopyTo(span[offset..]);
            if (tag == "head")
            {
                headOffset = offset;
            }

            offset += (data.Length + 3) & ~3;
            index++;
        }

        if (headOffset >= 0)
        {
            BinaryPrimitives.WriteUInt32BigEndian(span[(headOffset + 8)..], unchecked(0xB1B0AFBA - Checksum(file)));
        }

        return file;
    }

    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        for (var i = 0; i < data.Length; i += 4)
        {
            uint word = 0;
            for (var j = 0; j < 4; j++)
            {
                word = (word << 8) | (i + j < data.Length ? data[i + j] : (byte)0);
            }

            sum = unchecked(sum + word);
        }

        return sum;
    }
}
