using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Tautoko.Web.Tests.Clients;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Employment;

/// <summary>Jobseeker Profile (versioned edits) and CV uploads: type, size and content checked; downloads only as attachments, audited .</summary>
public abstract class JobseekerProfileAndCvTests(TautokoServer server)
{
    private static byte[] Pdf() => Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n");

    private static byte[] Docx()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            writer.Write("<w:document/>");
        }

        return stream.ToArray();
    }

    private static Task<HttpResponseMessage> UploadAsync(ApiClient api, Guid id, byte[] content, string fileName, string contentType = "application/octet-stream")
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "file", fileName);
        return api.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"/api/clients/{id}/cv") { Content = form });
    }

    [Fact]
    public async Task Profile_SaveWithVersion_CompleteWhenRequiredPartsFilled_StaleVersion409()
    {
        var (id, _) = await ClientRecords.CreateAsync(server);
        var api = await server.AsAsync(Accounts.CaseManager);

        var empty = await api.GetJsonAsync($"/api/clients/{id}/jobseeker-profile");
        Assert.Equal(0, empty["version"]!.GetValue<int>());
        Assert.False(empty["isComplete"]!.GetValue<bool>());

        using (var noVersion = await api.PutJsonAsync($"/api/clients/{id}/jobseeker-profile", new { skills = "Forklift" }, null))
        {
            Assert.NotNull((await noVersion.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]?["version"]);
        }

        using (var partial = await api.PutJsonAsync($"/api/clients/{id}/jobseeker-profile", new { skills = "Forklift", version = 0 }, null))
        {
            var saved = await partial.ReadJsonAsync(HttpStatusCode.OK);
            Assert.Equal(1, saved["version"]!.GetValue<int>());
            Assert.False(saved["isComplete"]!.GetValue<bool>());
            Assert.Contains("transport", saved["missingParts"]!.AsArray().Select(p => p!.GetValue<string>()));
        }

        using (var stale = await api.PutJsonAsync($"/api/clients/{id}/jobseeker-profile", new { skills = "Welding", version = 0 }, null))
        {
            Assert.Equal("concurrency", (await stale.ReadProblemAsync(HttpStatusCode.Conflict)).Text("rule"));
        }

        using (var complete = await api.PutJsonAsync($"/api/clients/{id}/jobseeker-profile", new
        {
            skills = "Forklift, stock control",
            licences = "Class 1, forklift F endorsement",
            workHistory = "Storeperson 2019-2024",
            preferredOccupations = "Storeperson",
            preferredHours = "Full-time, days",
            barriers = "",
            transport = "Own car",
            version = 1,
        }, null))
        {
            var saved = await complete.ReadJsonAsync(HttpStatusCode.OK);
            Assert.Equal(2, saved["version"]!.GetValue<int>());
            Assert.True(saved["isComplete"]!.GetValue<bool>());
        }

        var read = await api.GetJsonAsync($"/api/clients/{id}/jobseeker-profile");
        Assert.Equal("Own car", read.Text("transport"));
        Assert.Null(read.Text("barriers"));
    }

    [Fact]
    public async Task Profile_QualityChecker_CannotEdit403()
    {
        var (id, _) = await ClientRecords.CreateAsync(server);
        var api = await server.AsAsync(Accounts.Quality);

        using var response = await api.PutJsonAsync($"/api/clients/{id}/jobseeker-profile", new { skills = "x", version = 0 }, null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Cv_UploadsAreVersioned_DownloadIsAnAuditedAttachment()
    {
        var (id, _) = await ClientRecords.CreateAsync(server);
        var api = await server.AsAsync(Accounts.CaseManager);

        using (var first = await UploadAsync(api, id, Pdf(), "cv.pdf", "application/pdf"))
        {
            Assert.Equal(1, (await first.ReadJsonAsync(HttpStatusCode.Created))["version"]!.GetValue<int>());
        }

        using (var second = await UploadAsync(api, id, Docx(), "cv-2026.docx"))
        {
            Assert.Equal(2, (await second.ReadJsonAsync(HttpStatusCode.Created))["version"]!.GetValue<int>());
        }

        var versions = (await api.GetJsonAsync($"/api/clients/{id}/cv")).AsArray();
        Assert.Equal([2, 1], versions.Select(v => v!["version"]!.GetValue<int>()));
        Assert.True(versions[0]!["isCurrent"]!.GetValue<bool>());
        Assert.False(versions[1]!["isCurrent"]!.GetValue<bool>());

        using var download = await api.GetAsync($"/api/clients/{id}/cv/1/file");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Contains("nosniff", download.Headers.GetValues("X-Content-Type-Options"));
        Assert.Equal(Pdf(), await download.Content.ReadAsByteArrayAsync());

        using var missing = await api.GetAsync($"/api/clients/{id}/cv/9/file");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);

        // the download is audited.
        var audit = await (await server.AsAsync(Accounts.Manager)).GetJsonAsync($"/api/clients/{id}/audit");
        Assert.Contains(audit["rows"]!.Items(), r => r.Text("detail") == "CV version 1 downloaded");
    }

    [Fact]
    public async Task Cv_WrongType_400NamingFile()
    {
        var (id, _) = await ClientRecords.CreateAsync(server);
        var api = await server.AsAsync(Accounts.CaseManager);

        using var response = await UploadAsync(api, id, Encoding.ASCII.GetBytes("MZ executable"), "cv.exe");

        Assert.NotNull((await response.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]?["file"]);
    }

    [Fact]
    public async Task Cv_OverTwoMegabytes_400NamingFile()
    {
        var (id, _) = await ClientRecords.CreateAsync(server);
        var api = await server.AsAsync(Accounts.CaseManager);
        var big = new byte[(2 * 1024 * 1024) + 1];
        Pdf().CopyTo(big, 0);

        using var response = await UploadAsync(api, id, big, "cv.pdf", "application/pdf");

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("2 MB", problem["errors"]!["file"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cv_ContentNotMatchingExtension_400NamingFile()
    {
        var (id, _) = await ClientRecords.CreateAsync(server);
        var api = await server.AsAsync(Accounts.CaseManager);

        using var response = await UploadAsync(api, id, Encoding.ASCII.GetBytes("<html><script>alert(1)</script></html>"), "cv.pdf", "application/pdf");

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("not a PDF", problem["errors"]!["file"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty((await api.GetJsonAsync($"/api/clients/{id}/cv")).AsArray());
    }
}

[Collection(SqliteServer.Collection)]
public sealed class JobseekerProfileAndCvTestsSqlite(SqliteServer server) : JobseekerProfileAndCvTests(server);

[Collection(PostgresServer.Collection)]
public sealed class JobseekerProfileAndCvTestsPostgres(PostgresServer server) : JobseekerProfileAndCvTests(server);
