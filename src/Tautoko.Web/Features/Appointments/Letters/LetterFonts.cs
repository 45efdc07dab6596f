using SkiaSharp;

namespace Tautoko.Web.Features.Appointments.Letters;

/// <summary>
/// Letters are set in DejaVu Sans (Debian's fonts-dejavu-core, freely licensed), read from its file rather
/// than looked up by family name, so every machine draws the same glyphs, including the macrons te reo Māori
/// needs (ā ē ī ō ū). Each letter gets its own subset of the two faces (<see cref="TrueTypeSubset"/>): only the glyphs
/// its text uses keep their outlines, so the PDF embeds tens of kilobytes rather than both whole fonts.
/// </summary>
internal sealed class LetterFonts : IDisposable
{
    public const string Folder = "/usr/share/fonts/truetype/dejavu";

    /// <summary>The old renderer's line height relative to the font size (DejaVu's ascent plus descent).</summary>
    public const float LineHeight = 1.164f;

    private static readonly Face Regular = Load("DejaVuSans.ttf");
    private static readonly Face BoldFace = Load("DejaVuSans-Bold.ttf");

    private readonly SKTypeface _regular;
    private readonly SKTypeface _bold;

    /// <summary>Fonts holding the glyphs of <paramref name="texts"/> (everything the letter will draw).</summary>
    public LetterFonts(IEnumerable<string> texts)
    {
        var characters = string.Concat(texts.Distinct(StringComparer.Ordinal));
        _regular = Regular.Subset(characters);
        _bold = BoldFace.Subset(characters);
        Title = New(_bold, 15);
        Heading = New(_bold, 12.5f);
        Bold = New(_bold, 10.5f);
        Body = New(_regular, 10.5f);
        Small = New(_regular, 9);
    }

    public SKFont Title { get; }

    public SKFont Heading { get; }

    public SKFont Bold { get; }

    public SKFont Body { get; }

    public SKFont Small { get; }

    /// <summary>Fonts are made per letter (an SKFont is mutable); the typefaces behind them are shared.</summary>
    public void Dispose()
    {
        Title.Dispose();
        Heading.Dispose();
        Bold.Dispose();
        Body.Dispose();
        Small.Dispose();
        _regular.Dispose();
        _bold.Dispose();
    }

    private static SKFont New(SKTypeface typeface, float size) => new(typeface, size) { Subpixel = true };

    private static Face Load(string file)
    {
        var path = Path.Combine(Folder, file);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Letters need the DejaVu fonts: {path} is missing (apt-get install fonts-dejavu-core).", path);
        }

        var bytes = File.ReadAllBytes(path);
        var typeface = SKTypeface.FromFile(path) ?? throw new InvalidOperationException($"{path} is not a font SkiaSharp can read.");
        return new Face(bytes, typeface);
    }

    /// <summary>A whole font file and its typeface, read once; letters draw with subsets of it.</summary>
    private sealed record Face(byte[] Bytes, SKTypeface Whole)
    {
        public SKTypeface Subset(string characters)
        {
            using var font = new SKFont(Whole);
            var glyphs = font.GetGlyphs(characters);
            var subset = TrueTypeSubset.Keep(Bytes, glyphs);
            using var data = SKData.CreateCopy(subset);
            return SKTypeface.FromData(data) ?? throw new InvalidOperationException("SkiaSharp could not read the letter's font subset.");
        }
    }
}
