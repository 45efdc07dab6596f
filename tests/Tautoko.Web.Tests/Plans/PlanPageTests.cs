using System.Net;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Plans;

/// <summary>The plan page without JavaScript: linked from the overview, start a plan, add an activity (bad input named), finish it.</summary>
public abstract class PlanPageTests(TautokoServer server)
{
    [Fact]
    public async Task StartAddFinish_ThroughThePage_ClosesThePlan_R060()
    {
        var (clientId, _) = await Clients.ClientRecords.CreateAsync(server);
        using var pages = await server.PagesAsAsync(Accounts.CaseManager);
        var overview = await pages.GetAsync($"/clients/{clientId}");
        Assert.Equal($"/clients/{clientId}/plan", overview.Document.QuerySelector("#plan-link")?.GetAttribute("href"));

        var empty = await pages.GetAsync($"/clients/{clientId}/plan");
        Assert.NotNull(empty.Document.QuerySelector("#no-open-plan"));
        using var started = await pages.SubmitAsync(empty, "#start-form", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);

        var open = await pages.GetAsync($"/clients/{clientId}/plan");
        using var bad = await pages.SubmitAsync(open, "#add-activity", new Dictionary<string, string> { ["What"] = "", ["Who"] = "Client", ["DueOn"] = "2020-01-01" });
        var refused = await PageClient.ParseAsync(bad);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.NotNull(refused.Document.QuerySelector(".field-error"));

        var due = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(13)).AddDays(10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        using var added = await pages.SubmitAsync(open, "#add-activity", new Dictionary<string, string> { ["What"] = "Apply for three jobs", ["Who"] = "Client", ["DueOn"] = due });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        var withActivity = await pages.GetAsync($"/clients/{clientId}/plan");
        Assert.Contains("Apply for three jobs", withActivity.Document.QuerySelector("#open-plan")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Quality", withActivity.Document.QuerySelector("#plan-quality")?.TextContent, StringComparison.Ordinal);
        var finishId = withActivity.Document.QuerySelector(".finish-form")!.Id!;
        using var finished = await pages.SubmitAsync(withActivity, "#" + finishId, new Dictionary<string, string> { ["Status"] = "done", ["Outcome"] = "Applied for three" });
        Assert.Equal(HttpStatusCode.Redirect, finished.StatusCode);

        var closed = await pages.GetAsync($"/clients/{clientId}/plan");
        Assert.NotNull(closed.Document.QuerySelector("#no-open-plan"));
        Assert.Contains("Applied for three", closed.Document.QuerySelector("#earlier-plans")?.TextContent, StringComparison.Ordinal);
    }
}

[Collection(SqliteServer.Collection)]
public sealed class PlanPageTestsSqlite(SqliteServer server) : PlanPageTests(server);

[Collection(PostgresServer.Collection)]
public sealed class PlanPageTestsPostgres(PostgresServer server) : PlanPageTests(server);
