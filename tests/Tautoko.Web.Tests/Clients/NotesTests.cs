using System.Net;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Clients;

/// <summary>The engagement log: every contact recorded, append-only, corrections as new entries.</summary>
public abstract class NotesTests(TautokoServer server)
{
    [Fact]
    public async Task AddNote_Valid_Returns201AndIsNewestInTheLog()
    {
        // all engagement recorded, including unsuccessful contact.
        var maka = await server.MakaAsync();
        var api = await server.AsAsync(Accounts.CaseManager);
        var text = $"Phoned, no answer; left an identifying voicemail ({Guid.NewGuid():N}).";

        using var response = await api.PostJsonAsync($"/api/clients/{maka.BreakGlassTarget}/notes", new { text, channel = "phone", outcome = "unsuccessfulAttempt" });

        var note = await response.ReadJsonAsync(HttpStatusCode.Created);
        var noteId = note["id"]!.GetValue<Guid>();
        Assert.Equal($"/api/clients/{maka.BreakGlassTarget}/notes/{noteId}", response.Headers.Location?.OriginalString);
        Assert.Equal(await server.StaffNameAsync(Accounts.CaseManager), note.Text("author"));
        var log = await api.GetJsonAsync($"/api/clients/{maka.BreakGlassTarget}/notes?pageSize=5");
        var newest = log.Items()[0]!;
        Assert.Equal(noteId, newest["id"]!.GetValue<Guid>());
        Assert.Equal(text, newest.Text("text"));
        Assert.Equal("Unsuccessful attempt", newest.Text("outcome"));
        Assert.True(log["totalCount"]!.GetValue<int>() > 1, "The demo client already had notes, and the new one went on top.");
    }

    [Fact]
    public async Task AddNote_Correction_MarksTheEarlierNoteCorrectedAndKeepsIt()
    {
        // the log is append-only; a correction is a new entry pointing at the one it corrects.
        var (id, _) = await ClientRecords.CreateAsync(server);
        var api = await server.AsAsync(Accounts.CaseManager);
        using var first = await api.PostJsonAsync($"/api/clients/{id}/notes", new { text = "Client attended at 10am; discussed CV.", channel = "faceToFace" });
        var original = (await first.ReadJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<Guid>();

        using var second = await api.PostJsonAsync($"/api/clients/{id}/notes", new { text = "Correction: the appointment was at 11am.", channel = "faceToFace", correctsNoteId = original });
        var correction = (await second.ReadJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<Guid>();

        var log = await api.GetJsonAsync($"/api/clients/{id}/notes");
        Assert.Equal(2, log["totalCount"]!.GetValue<int>());
        var earlier = log.Items().Single(n => n!["id"]!.GetValue<Guid>() == original)!;
        var later = log.Items().Single(n => n!["id"]!.GetValue<Guid>() == correction)!;
        Assert.True(earlier["isCorrected"]!.GetValue<bool>());
        Assert.Equal("Client attended at 10am; discussed CV.", earlier.Text("text"));
        Assert.False(later["isCorrected"]!.GetValue<bool>());
        Assert.Equal(original, later["correctsNoteId"]!.GetValue<Guid>());
        var overview = await api.GetJsonAsync($"/api/clients/{id}");
        Assert.Contains(overview["recentNotes"]!.AsArray(), n => n!["id"]!.GetValue<Guid>() == original && n["isCorrected"]!.GetValue<bool>());
    }

    [Fact]
    public async Task AddNote_CorrectsAnotherClientsNote_Returns400()
    {
        var (mine, _) = await ClientRecords.CreateAsync(server);
        var (theirs, _) = await ClientRecords.CreateAsync(server);
        var api = await server.AsAsync(Accounts.CaseManager);
        using var first = await api.PostJsonAsync($"/api/clients/{theirs}/notes", new { text = "A note on another client." });
        var otherNote = (await first.ReadJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<Guid>();

        using var response = await api.PostJsonAsync($"/api/clients/{mine}/notes", new { text = "Correcting a note that is not mine.", correctsNoteId = otherNote });

        Assert.NotNull((await response.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]?["correctsNoteId"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task AddNote_EmptyText_Returns400WithErrors(string text)
    {
        var maka = await server.MakaAsync();
        var api = await server.AsAsync(Accounts.CaseManager);

        using var response = await api.PostJsonAsync($"/api/clients/{maka.BreakGlassTarget}/notes", new { text });

        Assert.NotNull((await response.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]?["text"]);
    }

    [Fact]
    public async Task AddNote_TooLong_Returns400()
    {
        var maka = await server.MakaAsync();
        var api = await server.AsAsync(Accounts.CaseManager);

        using var response = await api.PostJsonAsync($"/api/clients/{maka.BreakGlassTarget}/notes", new { text = new string('a', 8001) });

        Assert.NotNull((await response.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]?["text"]);
    }

    [Fact]
    public async Task AddNote_InTheFuture_Returns400()
    {
        var maka = await server.MakaAsync();
        var api = await server.AsAsync(Accounts.CaseManager);

        using var response = await api.PostJsonAsync($"/api/clients/{maka.BreakGlassTarget}/notes", new { text = "Will phone tomorrow.", occurredAt = DateTimeOffset.UtcNow.AddDays(1) });

        Assert.NotNull((await response.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]?["occurredAt"]);
    }

    [Theory]
    [InlineData("{\"text\": \"unterminated")]
    [InlineData("not json at all")]
    [InlineData("{\"text\": 5}")]
    [InlineData("{\"text\": \"ok\", \"channel\": \"carrierPigeon\"}")]
    [InlineData("[]")]
    public async Task AddNote_MalformedBody_Returns400Problem(string body)
    {
        var maka = await server.MakaAsync();
        var api = await server.AsAsync(Accounts.CaseManager);

        using var response = await api.PostRawAsync($"/api/clients/{maka.BreakGlassTarget}/notes", body);

        await response.ReadProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task AddNote_Quality_Returns403Role()
    {
        var maka = await server.MakaAsync();
        var api = await server.AsAsync(Accounts.Quality);

        using var response = await api.PostJsonAsync($"/api/clients/{maka.BreakGlassTarget}/notes", new { text = "Quality checkers read; they do not write." });

        Assert.Equal("role", (await response.ReadProblemAsync(HttpStatusCode.Forbidden)).Text("rule"));
    }

    [Fact]
    public async Task AddNote_ByCaseManager_IsAudited()
    {
        // every change of a client record leaves an audit row.
        var (id, _) = await ClientRecords.CreateAsync(server);
        var api = await server.AsAsync(Accounts.CaseManager);
        using var response = await api.PostJsonAsync($"/api/clients/{id}/notes", new { text = "Audited note." });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);

        var audit = await (await server.AsAsync(Accounts.Manager)).GetJsonAsync($"/api/clients/{id}/audit");

        var actions = audit["rows"]!.Items().Select(r => r.Text("action")).ToList();
        Assert.Contains("Create", actions);
        Assert.Contains("AddNote", actions);
    }
}

[Collection(SqliteServer.Collection)]
public sealed class NotesTestsSqlite(SqliteServer server) : NotesTests(server);

[Collection(PostgresServer.Collection)]
public sealed class NotesTestsPostgres(PostgresServer server) : NotesTests(server);
