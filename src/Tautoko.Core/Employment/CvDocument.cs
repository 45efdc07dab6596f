using Tautoko.Core.Common;

namespace Tautoko.Core.Employment;

/// <summary>The kinds of CV file accepted.</summary>
public enum CvFileKind
{
    Pdf = 0,
    Docx = 1,
}

/// <summary>
/// One uploaded version of a client's CV, stored in the database (never on the web root), downloaded only as an
/// attachment. Each upload is a new version; the highest version is the current CV.
/// </summary>
public sealed class CvDocument
{
    private CvDocument()
    {
        FileName = string.Empty;
        Content = [];
    }

    public CvDocument(ClientId clientId, int version, string fileName, CvFileKind kind, byte[] content, StaffId by, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        ClientId = clientId;
        Version = version;
        FileName = fileName;
        Kind = kind;
        Content = content;
        SizeBytes = content.Length;
        UploadedBy = by;
        UploadedAt = at;
    }

    public Guid Id { get; private set; }

    public ClientId ClientId { get; private set; }

    public int Version { get; private set; }

    public string FileName { get; private set; }

    public CvFileKind Kind { get; private set; }

    public long SizeBytes { get; private set; }

    public byte[] Content { get; private set; }

    public StaffId UploadedBy { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }

    public static string ContentTypeOf(CvFileKind kind) => kind switch
    {
        CvFileKind.Pdf => "application/pdf",
        _ => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    };
}
