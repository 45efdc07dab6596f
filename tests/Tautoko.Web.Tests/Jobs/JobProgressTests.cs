using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tautoko.Core.Common;
using Tautoko.Core.Jobs;
using Tautoko.Data;
using Tautoko.Web.Platform.Jobs;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Jobs;

/// <summary>
/// Long jobs run in the background and report progress at /api/jobs/{id}: it only goes up, ends at 100 % with the
/// result's address, and a later visit (another page load, another client) still shows the finished job.
/// </summary>
public abstract class JobProgressTests(TautokoServer server)
{
    private static async Task<List<JsonNode>> FollowAsync(Func<Task<JsonNode>> read)
    {
        var seen = new List<JsonNode>();
        for (var i = 0; i < 1200; i++)
        {
            var job = await read();
            seen.Add(job);
            if (job.Text("state") is not ("queued" or "running"))
            {
                return seen;
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException("The job did not finish.");
    }

    private async Task<StaffId> StaffIdAsync(string account)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var email = TautokoServer.Email(account).ToUpperInvariant();
        return await scope.ServiceProvider.GetRequiredService<TautokoDbContext>().Users.Where(u => u.NormalizedEmail == email).Select(u => u.StaffId).SingleAsync();
    }

    [Fact]
    public async Task ProgressEndpoint_ReportsEachStage_Increasing_ThenCompletion()
    {
        var jobs = server.Services.GetRequiredService<BackgroundJobs>();
        var owner = await StaffIdAsync(Accounts.Connector);
        string[] stages = ["one", "two", "three", "four"];
        var gates = stages.Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();
        var reached = stages.Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();
        var job = await jobs.StartAsync("test", "A job in stages", owner, stages, async (_, progress, _) =>
        {
            for (var i = 0; i < stages.Length; i++)
            {
                progress.Report(stages[i]);
                reached[i].SetResult();
                await gates[i].Task;
            }

            return new JobResult(true, "All four stages done.", "/assignment");
        }, CancellationToken.None);
        var api = await server.AsAsync(Accounts.Connector);

        // Jobs run one at a time: one asked for while this one runs waits its turn, and says so.
        await reached[0].Task;
        var second = await jobs.StartAsync("test", "Waits its turn", owner, ["only"], (_, _, _) => Task.FromResult(new JobResult(false, "It could not be done.", null)), CancellationToken.None);
        var waiting = await api.GetJsonAsync($"/api/jobs/{second.Id}");
        Assert.Equal("queued", waiting.Text("state"));
        Assert.Equal(0, waiting["percent"]!.GetValue<int>());

        var percents = new List<int>();
        for (var i = 0; i < stages.Length; i++)
        {
            await reached[i].Task;
            var now = await api.GetJsonAsync($"/api/jobs/{job.Id}");
            Assert.Equal("running", now.Text("state"));
            Assert.Equal(stages[i], now.Text("stage"));
            percents.Add(now["percent"]!.GetValue<int>());
            gates[i].SetResult();
        }

        var done = (await FollowAsync(() => api.GetJsonAsync($"/api/jobs/{job.Id}")))[^1];
        percents.Add(done["percent"]!.GetValue<int>());
        Assert.Equal([0, 25, 50, 75, 100], percents);
        Assert.Equal("done", done.Text("state"));
        Assert.Equal("/assignment", done.Text("resultUrl"));
        Assert.Equal("All four stages done.", done.Text("message"));

        // Someone else's job is not theirs to follow.
        using var other = await (await server.AsAsync(Accounts.CaseManager)).GetAsync($"/api/jobs/{job.Id}");
        await other.ReadProblemAsync(HttpStatusCode.NotFound);

        // The job that waited then ran, and failed with a sentence a person can read.
        var failed = (await FollowAsync(() => api.GetJsonAsync($"/api/jobs/{second.Id}")))[^1];
        Assert.Equal("failed", failed.Text("state"));
        Assert.Equal("It could not be done.", failed.Text("message"));
        Assert.Null(failed.Text("resultUrl"));
    }

    [Fact]
    public async Task AJobWhoseServerFellSilent_ReadsAsStopped()
    {
        var owner = await StaffIdAsync(Accounts.Connector);
        var id = Guid.CreateVersion7();
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
            var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
            var job = new LongJob(id, "test", "Left running by a node that stopped", owner, 4, "Waiting to start", "a node that stopped", clock.GetUtcNow().AddHours(-1));
            job.Start(clock.GetUtcNow().AddHours(-1));
            db.LongJobs.Add(job);
            await db.SaveChangesAsync();
        }

        var seen = await (await server.AsAsync(Accounts.Connector)).GetJsonAsync($"/api/jobs/{id}");

        Assert.Equal("failed", seen.Text("state"));
        Assert.Contains("stopped before it finished", seen.Text("message"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Proposal_RespondAsync_RunsInTheBackground_AndAReturningVisitShowsTheResult_R014()
    {
        var connector = await server.AsAsync(Accounts.Connector);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/assignment/proposals")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { scope = "site", id = await server.MastertonSiteIdAsync() }),
        };
        request.Headers.Add("Prefer", "respond-async");

        using var accepted = await connector.SendAsync(request);

        var started = await accepted.ReadJsonAsync(HttpStatusCode.Accepted);
        var jobUrl = accepted.Headers.Location!.OriginalString;
        Assert.Equal($"/api/jobs/{started.Text("id")}", jobUrl);
        var seen = await FollowAsync(() => connector.GetJsonAsync(jobUrl));
        var percents = seen.Select(s => s["percent"]!.GetValue<int>()).ToList();
        Assert.Equal(percents.OrderBy(p => p), percents);
        var done = seen[^1];
        Assert.Equal("done", done.Text("state"));
        Assert.Equal(100, done["percent"]!.GetValue<int>());
        var result = done.Text("resultUrl")!;
        Assert.Matches("^/assignment/[0-9a-f-]{36}$", result);
        var proposal = await connector.GetJsonAsync($"/api/assignment/proposals/{result["/assignment/".Length..]}");
        Assert.Equal("Masterton", proposal.Text("scopeName"));

        // Leaving and coming back: another visit to the job's page shows the finished job and where its result is.
        using var pages = await server.PagesAsAsync(Accounts.Connector);
        var page = await pages.GetAsync($"/jobs/{started.Text("id")}");
        Assert.Equal("done", page.Document.QuerySelector("#job")!.GetAttribute("data-state"));
        Assert.Equal("100", page.Document.QuerySelector("#job-progress")!.GetAttribute("value"));
        Assert.Equal(result, page.Document.QuerySelector("#job-result-link")!.GetAttribute("href"));
        Assert.Contains(page.Document.QuerySelectorAll("script[src]"), s => s.GetAttribute("src") == "/js/job-progress.js");
        Assert.Empty(page.Document.QuerySelectorAll("script:not([src])"));
        var index = await pages.GetAsync("/assignment");
        Assert.Contains(index.Document.QuerySelectorAll("#jobs a"), a => a.GetAttribute("href") == result);

        // Out of scope: a service centre manager (who makes proposals too) neither sees the job nor finds it listed.
        using var otherPages = await server.PagesAsAsync(Accounts.Manager);
        using var hidden = await otherPages.GetRawAsync($"/jobs/{started.Text("id")}");
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        var theirs = await otherPages.GetAsync("/assignment");
        Assert.DoesNotContain(theirs.Document.QuerySelectorAll("#jobs a"), a => a.GetAttribute("href") == result);
    }

    [Fact]
    public async Task NationalProposal_FromThePage_GoesToItsProgressPage_WhichFinishes()
    {
        using var pages = await server.PagesAsAsync(Accounts.NationalOffice);
        var index = await pages.GetAsync("/assignment");

        using var posted = await pages.SubmitAsync(index, "#new-proposal", new Dictionary<string, string> { ["scope"] = "national" });

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var location = posted.Headers.Location!.OriginalString;
        Assert.Matches("^/jobs/[0-9a-f-]{36}$", location);
        var page = await pages.GetAsync(location);
        Assert.NotNull(page.Document.QuerySelector("#job-progress"));
        var seen = await FollowAsync(async () => JsonNode.Parse(await (await pages.GetRawAsync($"/api{location}")).Content.ReadAsStringAsync())!);
        Assert.Equal("done", seen[^1].Text("state"));
        Assert.StartsWith("/assignment/", seen[^1].Text("resultUrl"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lmi1Run_RespondAsync_ReportsItsStages_AndTheLmi1PageListsIt_R019()
    {
        var national = await server.AsAsync(Accounts.NationalOffice);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/lmi1/runs") { Content = System.Net.Http.Json.JsonContent.Create(new { }) };
        request.Headers.Add("Prefer", "respond-async");

        using var accepted = await national.SendAsync(request);

        var started = await accepted.ReadJsonAsync(HttpStatusCode.Accepted);
        Assert.Equal(4, started["steps"]!.GetValue<int>());
        var seen = await FollowAsync(() => national.GetJsonAsync(accepted.Headers.Location!.OriginalString));
        var percents = seen.Select(s => s["percent"]!.GetValue<int>()).ToList();
        Assert.Equal(percents.OrderBy(p => p), percents);
        Assert.Equal("done", seen[^1].Text("state"));
        Assert.StartsWith("Model trained: held-out AUC", seen[^1].Text("message"), StringComparison.Ordinal);

        using var pages = await server.PagesAsAsync(Accounts.NationalOffice);
        var lmi1 = await pages.GetAsync("/lmi1");
        Assert.Contains(lmi1.Document.QuerySelectorAll("#jobs a"), a => a.GetAttribute("href") == $"/jobs/{started.Text("id")}");

        using var refused = await (await server.AsAsync(Accounts.Connector)).SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/lmi1/runs") { Content = System.Net.Http.Json.JsonContent.Create(new { }), Headers = { { "Prefer", "respond-async" } } });
        await refused.ReadProblemAsync(HttpStatusCode.Forbidden);
    }
}

[Collection(SqliteServer.Collection)]
public sealed class JobProgressTestsSqlite(SqliteServer server) : JobProgressTests(server);

[Collection(PostgresServer.Collection)]
public sealed class JobProgressTestsPostgres(PostgresServer server) : JobProgressTests(server);
