using SkiaSharp;

namespace Tautoko.Web.Features.Appointments.Letters;

/// <summary>
/// Letters are set in DejaVu Sans (Debian's fonts-dejavu-core, freely licensed), read from its file rather
/// than looked up by family name, so every machine draws the same glyphs, including the macrons te reo Māori
/// needs (ā ē ī ō ū). The PDF embeds the subset it uses.
/// </summary>
internal sealed class LetterFonts : IDisposable
{
    public const string Folder = "/usr/share/fonts/truetype/dejavu";

    /// <summary>The old renderer's line height relative to the font size (DejaVu's ascent plus descent).</summary>
    public const float LineHeight = 1.164f;

    private static readonly SKTypeface Regular = Load("DejaVuSans.ttf");
    private static readonly SKTypeface BoldFace = Load("DejaVuSans-Bold.ttf");

    public SKFont Title { get; } = New(BoldFace, 15);

    public SKFont Heading { get; } = New(BoldFace, 12.5f);

    public SKFont Bold { get; } = New(BoldFace, 10.5f);

    public SKFont Body { get; } = New(Regular, 10.5f);

    public SKFont Small { get; } = New(Regular, 9);

    /// <summary>Fonts are made per letter (an SKFont is mutable); the typefaces behind them are shared.</summary>
    public void Dispose()
    {
        Title.Dispose();
        Heading.Dispose();
        Bold.Dispose();
        Body.Dispose();
        Small.Dispose();
    }

    private static SKFont New(SKTypeface typeface, float size) => new(typeface, size) { Subpixel = true };

    private static SKTypeface Load(string file)
    {
        var path = Path.Combine(Folder, file);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Letters need the DejaVu fonts: {path} is missing (apt-get install fonts-dejavu-core).", path);
        }

        return SKTypeface.FromFile(path) ?? throw new InvalidOperationException($"{path} is not a font SkiaSharp can read.");
    }
}
