using System.IO.Compression;
using System.Text;

namespace Tautoko.Core.Employment;

/// <summary>
/// What a CV upload must be: a PDF or DOCX (by its extension), at most 2 MB, and its content really that type — a PDF
/// starts with <c>%PDF-</c>, a DOCX is a zip holding <c>word/document.xml</c>. Refusals name the field <c>file</c>.
/// </summary>
public static class CvFileCheck
{
    public const string Field = "file";

    public const long MaxBytes = 2 * 1024 * 1024;

    public const int MaxFileNameLength = 200;

    /// <summary>The kind the file name says, or null when it is neither .pdf nor .docx.</summary>
    public static CvFileKind? KindOf(string? fileName) => Path.GetExtension(fileName ?? string.Empty).ToLowerInvariant() switch
    {
        ".pdf" => CvFileKind.Pdf,
        ".docx" => CvFileKind.Docx,
        _ => null,
    };

    /// <summary>Why the file cannot be kept as a CV (a sentence), or null with its kind when it can.</summary>
    public static (CvFileKind? Kind, string? Problem) Check(string? fileName, long length, byte[]? content)
    {
        if (content is null || string.IsNullOrWhiteSpace(fileName))
        {
            return (null, "Choose a CV file to upload (PDF or DOCX).");
        }

        if (KindOf(fileName) is not { } kind)
        {
            return (null, "A CV must be a PDF (.pdf) or Word (.docx) file.");
        }

        if (length > MaxBytes || content.LongLength > MaxBytes)
        {
            return (null, $"A CV is at most 2 MB; this file is {length / 1024.0 / 1024.0:0.0} MB.");
        }

        if (length == 0 || content.Length == 0)
        {
            return (null, "The file is empty.");
        }

        var matches = kind == CvFileKind.Pdf ? LooksLikePdf(content) : LooksLikeDocx(content);
        return matches
            ? (kind, null)
            : (null, $"The file's content is not a {(kind == CvFileKind.Pdf ? "PDF" : "Word (.docx) document")}, though its name ends in {Path.GetExtension(fileName)}.");
    }

    public static bool LooksLikePdf(byte[] content)
    {
        var signature = "%PDF-"u8;
        return content.AsSpan().StartsWith(signature);
    }

    public static bool LooksLikeDocx(byte[] content)
    {
        // A zip starts with PK\x03\x04; then it must open and hold the main document part.
        if (content.Length < 4 || content[0] != 0x50 || content[1] != 0x4B || content[2] != 0x03 || content[3] != 0x04)
        {
            return false;
        }

        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
            return zip.GetEntry("word/document.xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    /// <summary>A file name safe to keep and to send back: the last path segment, control characters removed, bounded.</summary>
    public static string SafeFileName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            builder.Append(char.IsControl(c) || c == '"' ? '_' : c);
        }

        var safe = builder.ToString().Trim();
        return safe.Length <= MaxFileNameLength ? safe : safe[^MaxFileNameLength..];
    }
}
