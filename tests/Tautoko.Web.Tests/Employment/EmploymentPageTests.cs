using System.Net;
using System.Text;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Employment;

/// <summary>The employment page without JavaScript: linked from the overview, the profile saved (bad input named), a CV uploaded and listed with its download link.</summary>
public abstract class EmploymentPageTests(TautokoServer server)
{
    [Fact]
    public async Task Profile_AndCv_ThroughThePage_CompletedAndListed()
    {
        var (clientId, _) = await Clients.ClientRecords.CreateAsync(server);
        using var pages = await server.PagesAsAsync(Accounts.CaseManager);
        var overview = await pages.GetAsync($"/clients/{clientId}");
        Assert.Equal($"/clients/{clientId}/employment", overview.Document.QuerySelector("#employment-link")?.GetAttribute("href"));
        Assert.Equal($"/clients/{clientId}/core-expectations", overview.Document.QuerySelector("#core-expectations-link")?.GetAttribute("href"));

        var empty = await pages.GetAsync($"/clients/{clientId}/employment");
        Assert.Contains("No profile yet", empty.Document.QuerySelector("#profile-status")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(empty.Document.QuerySelector("#no-cv"));

        using (var tooLong = await pages.SubmitAsync(empty, "#profile-form", new Dictionary<string, string> { ["Input.Skills"] = new string('x', 4001) }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
            var refused = await PageClient.ParseAsync(tooLong);
            Assert.Contains("4000", refused.Document.QuerySelector("#error-skills")?.TextContent, StringComparison.Ordinal);
        }

        using (var saved = await pages.SubmitAsync(empty, "#profile-form", new Dictionary<string, string>
               {
                   ["Input.Skills"] = "Forklift, stock control", ["Input.WorkHistory"] = "Storeperson 2019–2024", ["Input.PreferredOccupations"] = "Storeperson",
                   ["Input.PreferredHours"] = "Full-time", ["Input.Transport"] = "Own car", ["Input.Goals"] = "Drive a forklift within the year",
               }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var complete = await pages.GetAsync($"/clients/{clientId}/employment");
        Assert.Contains("Complete.", complete.Document.QuerySelector("#profile-status")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Own car", complete.Document.QuerySelector("#profile-transport")?.TextContent);
        Assert.Equal("Drive a forklift within the year", complete.Document.QuerySelector("#profile-goals")?.TextContent);

        // The version read travels with the form: a form from before the save is refused (409), not silently applied.
        using (var stale = await pages.SubmitAsync(empty, "#profile-form", new Dictionary<string, string> { ["Input.Skills"] = "Overwritten" }))
        {
            Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        }

        using (var notPdf = await pages.SubmitFileAsync(complete, "#cv-form", "file", "cv.pdf", Encoding.ASCII.GetBytes("MZ not a pdf"), "application/pdf"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, notPdf.StatusCode);
            Assert.NotNull((await PageClient.ParseAsync(notPdf)).Document.QuerySelector("#error-file"));
        }

        using (var uploaded = await pages.SubmitFileAsync(complete, "#cv-form", "file", "cv.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n"), "application/pdf"))
        {
            Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        }

        var withCv = await pages.GetAsync($"/clients/{clientId}/employment");
        var link = withCv.Document.QuerySelector("#cv-versions a")?.GetAttribute("href");
        Assert.Equal($"/api/clients/{clientId}/cv/1/file", link);
        using var download = await pages.GetRawAsync(link!);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
    }
}

[Collection(SqliteServer.Collection)]
public sealed class EmploymentPageTestsSqlite(SqliteServer server) : EmploymentPageTests(server);

[Collection(PostgresServer.Collection)]
public sealed class EmploymentPageTestsPostgres(PostgresServer server) : EmploymentPageTests(server);
