using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Audit;
using Tautoko.Core.Common;
using Tautoko.Core.Employment;
using Tautoko.Data;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Employment;

/// <summary>One CV version as listed: the highest version is current.</summary>
public sealed record CvVersionView(int Version, string FileName, string Kind, long SizeBytes, DateTimeOffset UploadedAt, string UploadedBy, bool IsCurrent, string DownloadUrl);

/// <summary>A file to send back as an attachment.</summary>
public sealed record CvFile(string FileName, string ContentType, byte[] Content);

/// <summary>Uploads, lists and downloads a client's CV versions; every read and download audited.</summary>
public sealed class CvHandler(TautokoDbContext db, CurrentStaff staff, ClientAccess access, AuditLog audit, TimeProvider clock)
{
    public async Task<Outcome<IReadOnlyList<CvVersionView>>> ListAsync(ClientId id, CancellationToken ct)
    {
        var check = await access.CheckAsync(id, ClientOperation.Read, ct);
        if (check.Refusal(id) is { } refusal)
        {
            return refusal;
        }

        var versions = await VersionsAsync(id, ct);
        await audit.RecordAsync(AuditAction.Read, "CvDocument", id.ToString(), id, "CV versions listed", check.ViaBreakGlass, ct);
        return Outcome<IReadOnlyList<CvVersionView>>.Done(versions);
    }

    /// <summary>
    /// The versions, newest first, for a caller that has already checked access and audited this request's read of the
    /// client (the employment page reads the profile first, so the page is one audited read, R-120).
    /// </summary>
    public async Task<IReadOnlyList<CvVersionView>> VersionsAsync(ClientId id, CancellationToken ct)
    {
        var rows = await (from c in db.CvDocuments.AsNoTracking()
                          where c.ClientId == id
                          join s in db.Staff.AsNoTracking() on c.UploadedBy equals s.Id into uploaders
                          from s in uploaders.DefaultIfEmpty()
                          orderby c.Version descending
                          select new { c.Version, c.FileName, c.Kind, c.SizeBytes, c.UploadedAt, Name = s == null ? null : s.FirstName + " " + s.LastName })
            .ToListAsync(ct);
        var latest = rows.Count == 0 ? 0 : rows[0].Version;
        return rows.Select(r => new CvVersionView(
                r.Version, r.FileName, r.Kind == CvFileKind.Pdf ? "PDF" : "DOCX", r.SizeBytes, r.UploadedAt, r.Name ?? "(unknown)", r.Version == latest,
                $"/api/clients/{id.Value}/cv/{r.Version}/file"))
            .ToList();
    }

    public async Task<Outcome<CvVersionView>> UploadAsync(ClientId id, Func<CancellationToken, Task<IFormFile?>> receive, CancellationToken ct)
    {
        var check = await access.CheckAsync(id, ClientOperation.Edit, ct);
        if (check.Refusal(id) is { } refusal)
        {
            return refusal;
        }

        var file = await receive(ct);
        var fileName = file?.FileName;
        var length = file?.Length ?? 0;

        // The size is refused before the content is copied into memory.
        if (file is not null && length > CvFileCheck.MaxBytes)
        {
            return Failure.Invalid(CvFileCheck.Field, CvFileCheck.Check(fileName, length, []).Problem ?? "A CV is at most 2 MB.");
        }

        byte[]? content = null;
        if (file is not null)
        {
            using var buffer = new MemoryStream((int)length);
            await file.CopyToAsync(buffer, ct);
            content = buffer.ToArray();
        }

        var (kind, problem) = CvFileCheck.Check(fileName, length, content);
        if (kind is null)
        {
            return Failure.Invalid(CvFileCheck.Field, problem!);
        }

        var safeName = CvFileCheck.SafeFileName(fileName!);
        for (var attempt = 0; ; attempt++)
        {
            var next = (await db.CvDocuments.Where(c => c.ClientId == id).MaxAsync(c => (int?)c.Version, ct) ?? 0) + 1;
            var document = new CvDocument(id, next, safeName, kind.Value, content!, staff.Id, clock.GetUtcNow());
            db.CvDocuments.Add(document);
            audit.Add(AuditAction.Create, "CvDocument", document.Id.ToString(), id, $"CV version {next} uploaded ({safeName}, {content!.Length} bytes)", check.ViaBreakGlass);
            try
            {
                await db.SaveChangesAsync(ct);
                return new CvVersionView(next, safeName, kind == CvFileKind.Pdf ? "PDF" : "DOCX", document.SizeBytes, document.UploadedAt, staff.FullName, true, $"/api/clients/{id.Value}/cv/{next}/file");
            }
            catch (DbUpdateException ex) when (attempt < 3 && ex.Refused(CvDocumentConfiguration.OneVersionPerClient))
            {
                // Another upload took this version number at the same moment: take the next one.
                db.ChangeTracker.Clear();
            }
        }
    }

    public async Task<Outcome<CvFile>> DownloadAsync(ClientId id, int version, CancellationToken ct)
    {
        var check = await access.CheckAsync(id, ClientOperation.Read, ct);
        if (check.Refusal(id) is { } refusal)
        {
            return refusal;
        }

        var document = await db.CvDocuments.AsNoTracking()
            .Where(c => c.ClientId == id && c.Version == version)
            .Select(c => new { c.Id, c.FileName, c.Kind, c.Content })
            .SingleOrDefaultAsync(ct);
        if (document is null)
        {
            return Failure.NotFound($"This client has no CV version {version}.");
        }

        await audit.RecordAsync(AuditAction.Read, "CvDocument", document.Id.ToString(), id, $"CV version {version} downloaded", check.ViaBreakGlass, ct);
        return new CvFile(document.FileName, CvDocument.ContentTypeOf(document.Kind), document.Content);
    }
}
