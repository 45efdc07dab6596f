using System.IO.Compression;
using System.Text;
using Tautoko.Core.Common;
using Tautoko.Core.Employment;

namespace Tautoko.Core.Tests.Employment;

public sealed class CvFileCheckTests
{
    public static byte[] Pdf() => Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n");

    public static byte[] Docx(string part = "word/document.xml")
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry(part).Open());
            writer.Write("<w:document/>");
        }

        return stream.ToArray();
    }

    [Fact]
    public void Check_Pdf_Accepted()
    {
        var pdf = Pdf();
        Assert.Equal((CvFileKind.Pdf, (string?)null), CvFileCheck.Check("cv.pdf", pdf.Length, pdf));
    }

    [Fact]
    public void Check_Docx_Accepted()
    {
        var docx = Docx();
        Assert.Equal((CvFileKind.Docx, (string?)null), CvFileCheck.Check("My CV.DOCX", docx.Length, docx));
    }

    [Fact]
    public void Check_OtherExtension_Refused()
    {
        var pdf = Pdf();
        var (kind, problem) = CvFileCheck.Check("cv.exe", pdf.Length, pdf);
        Assert.Null(kind);
        Assert.Contains("PDF", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OverTwoMegabytes_Refused()
    {
        var big = new byte[CvFileCheck.MaxBytes + 1];
        Pdf().CopyTo(big, 0);
        var (kind, problem) = CvFileCheck.Check("cv.pdf", big.Length, big);
        Assert.Null(kind);
        Assert.Contains("2 MB", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ExactlyTwoMegabytes_Accepted()
    {
        var edge = new byte[CvFileCheck.MaxBytes];
        Pdf().CopyTo(edge, 0);
        Assert.Equal(CvFileKind.Pdf, CvFileCheck.Check("cv.pdf", edge.Length, edge).Kind);
    }

    [Fact]
    public void Check_PdfNamedDocx_Refused()
    {
        var pdf = Pdf();
        var (kind, problem) = CvFileCheck.Check("cv.docx", pdf.Length, pdf);
        Assert.Null(kind);
        Assert.Contains("not a Word", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ZipWithoutDocumentNamedDocx_Refused()
    {
        var zip = Docx("other.xml");
        Assert.Null(CvFileCheck.Check("cv.docx", zip.Length, zip).Kind);
    }

    [Fact]
    public void Check_TextNamedPdf_Refused()
    {
        var text = Encoding.ASCII.GetBytes("<html><script>alert(1)</script></html>");
        Assert.Null(CvFileCheck.Check("cv.pdf", text.Length, text).Kind);
    }

    [Fact]
    public void SafeFileName_PathAndQuotes_Removed()
    {
        Assert.Equal("evil_.pdf", CvFileCheck.SafeFileName("..\\..\\dir/evil\".pdf"));
    }

    [Fact]
    public void Profile_RequiredPartsFilled_IsComplete()
    {
        var by = new StaffId(Guid.NewGuid());
        var profile = new JobseekerProfile(new ClientId(Guid.NewGuid()), new JobseekerProfileDetails("Forklift", null, "Warehouse 2019-2024", "Storeperson", "Full-time", null, "Own car"), by, DateTimeOffset.UtcNow);
        Assert.True(profile.IsComplete);

        var changed = profile.Update(profile.Details with { Transport = "  " }, by, DateTimeOffset.UtcNow);
        Assert.Equal(["transport"], changed);
        Assert.False(profile.IsComplete);
        Assert.Equal(2, profile.Version);
        Assert.Empty(profile.Update(profile.Details, by, DateTimeOffset.UtcNow));
        Assert.Equal(2, profile.Version);
    }
}
