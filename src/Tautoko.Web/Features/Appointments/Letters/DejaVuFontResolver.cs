using PdfSharp;
using PdfSharp.Fonts;

namespace Tautoko.Web.Features.Appointments.Letters;

/// <summary>
/// PDFsharp reads no system fonts on Linux by itself; letters use DejaVu Sans (Debian's fonts-dejavu-core,
/// freely licensed), which has the macrons te reo Māori needs (ā ē ī ō ū).
/// </summary>
public sealed class DejaVuFontResolver : IFontResolver
{
    public const string Family = "DejaVu Sans";
    public const string Folder = "/usr/share/fonts/truetype/dejavu";

    private static readonly Lock Gate = new();
    private static bool s_installed;

    private readonly Dictionary<string, byte[]> _faces = new(StringComparer.Ordinal);

    /// <summary>
    /// Installs the resolver once per process (PDFsharp's font settings are global). PDFsharp 6.5 is
    /// published under the AGPL-3.0 and refuses to work until that licence is acknowledged, which this
    /// does (see docs/adr/0003-letters-with-pdfsharp-agpl.md).
    /// </summary>
    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (s_installed)
            {
                return;
            }

            PdfSharpLicense.SetAgplLicense();

            if (GlobalFontSettings.FontResolver is null)
            {
                GlobalFontSettings.FontResolver = new DejaVuFontResolver();
            }

            s_installed = true;
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? "DejaVuSans-Bold" : "DejaVuSans", false, italic);

    public byte[]? GetFont(string faceName)
    {
        lock (_faces)
        {
            if (!_faces.TryGetValue(faceName, out var bytes))
            {
                var path = Path.Combine(Folder, faceName + ".ttf");
                if (!File.Exists(path))
                {
                    throw new FileNotFoundException($"Letters need the DejaVu fonts: {path} is missing (apt-get install fonts-dejavu-core).", path);
                }

                bytes = File.ReadAllBytes(path);
                _faces[faceName] = bytes;
            }

            return bytes;
        }
    }
}
