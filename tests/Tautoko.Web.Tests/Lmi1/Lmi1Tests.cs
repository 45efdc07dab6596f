using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Tautoko.Web.Features.Caseloads.Lmi1;
using Tautoko.Web.Tests.Caseloads;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Lmi1;

/// <summary>
/// The Labour Market Indicator 1 run (R-019–R-021) on a server of its own, because it tags clients across
/// the whole database: trained on the demo data's own history, held-out AUC and calibration shown,
/// threshold set by national office, score and main factors on each tag, removal respected.
/// </summary>
public abstract class Lmi1Tests(TautokoServer server)
{
    [Fact]
    public async Task Run_TrainsOnOwnHistory_ShowsAucAndCalibration_TagsWithScoreAndFactors_R019_R020_R021()
    {
        var national = await server.AsAsync(Accounts.NationalOffice);

        // A client already on a caseload (R-021) and one whose tag a case manager will remove (R-020).
        var recent = DateTime.UtcNow.AddDays(-20).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var placedClient = await CaseloadTestData.NewClientAsync(server, d => { d["benefitStartDate"] = recent; return d; });
        var caseload = await CaseloadTestData.CaseloadOfAsync(server, "ECM");
        using (var placed = await (await server.AsAsync(Accounts.Connector)).PostJsonAsync($"/api/clients/{placedClient}/placements", new { caseManagerId = caseload["staffId"]!.GetValue<Guid>(), reason = "Youth cohort." }))
        {
            await placed.ReadJsonAsync(HttpStatusCode.Created);
        }

        using (var connectorSets = await (await server.AsAsync(Accounts.Connector)).PutJsonAsync("/api/lmi1/threshold", new { threshold = 0.02 }, null))
        {
            await connectorSets.ReadProblemAsync(HttpStatusCode.Forbidden);
        }

        using (var invalid = await national.PutJsonAsync("/api/lmi1/threshold", new { threshold = 1.5 }, null))
        {
            await invalid.ReadProblemAsync(HttpStatusCode.BadRequest);
        }

        // A very low threshold tags everyone on benefit, so the rules about who keeps or loses the tag can be seen.
        using (var noVersion = await national.PutJsonAsync("/api/lmi1/threshold", new { threshold = 0.02 }, null))
        {
            Assert.NotNull((await noVersion.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]!["version"]);
        }

        var version = (await national.GetJsonAsync("/api/lmi1"))["version"]!.GetValue<int>();
        using (var set = await national.PutJsonAsync("/api/lmi1/threshold", new { threshold = 0.02, version }, null))
        {
            await set.ReadJsonAsync(HttpStatusCode.OK);
        }

        using var ran = await national.PostJsonAsync("/api/lmi1/runs", new { });
        var result = await ran.ReadJsonAsync(HttpStatusCode.OK);
        Assert.True(result["trainingRows"]!.GetValue<int>() > 100, "Trained on the demo's own history");
        Assert.True(result["heldOutRows"]!.GetValue<int>() > 20, "Examples held out for evaluation");
        var auc = result["auc"]!.GetValue<double>();
        Assert.InRange(auc, 0.55, 1.0);
        Assert.True(result["tagged"]!.GetValue<int>() > 0);

        var view = await national.GetJsonAsync("/api/lmi1");
        var model = view["latest"]!;
        Assert.Equal(auc, model["auc"]!.GetValue<double>(), 6);
        Assert.NotEmpty(model["calibration"]!.AsArray());
        Assert.All(model["calibration"]!.AsArray(), bin => Assert.InRange(bin!["meanPredicted"]!.GetValue<double>(), 0.0, 1.0));
        Assert.Contains(model["weights"]!.AsArray(), w => w.Text("feature") == "aged 18–24");
        Assert.Equal(0.02, view["threshold"]!.GetValue<double>(), 6);

        // R-021: the placed client gained the tag and keeps their place.
        var placedOverview = await national.GetJsonAsync($"/api/clients/{placedClient}");
        var tag = placedOverview["tags"]!.AsArray().Single(t => t.Text("shortName") == "LMI1" && t!["removedAt"] is null)!;
        Assert.StartsWith("Automatic (LMI1 model", tag.Text("addedReason"), StringComparison.Ordinal);
        Assert.Contains("chance of work within three months", tag.Text("addedReason"), StringComparison.Ordinal);
        Assert.Contains("Main factors:", tag.Text("addedReason"), StringComparison.Ordinal);
        Assert.NotNull((await CaseloadTestData.ClientCaseloadAsync(server, placedClient))["current"]);

        // R-020: a case manager removes the tag with a reason; the next run does not add it back.
        var caseManager = await server.AsAsync(Accounts.EmploymentCaseManager);
        using (var removed = await caseManager.PostJsonAsync($"/api/clients/{placedClient}/tags/{tag["id"]!.GetValue<Guid>()}/remove", new { reason = "Needs case management now: just lost their job." }))
        {
            await removed.ReadJsonAsync(HttpStatusCode.OK);
        }

        using (var again = await national.PostJsonAsync("/api/lmi1/runs", new { }))
        {
            await again.ReadJsonAsync(HttpStatusCode.OK);
        }

        var afterRerun = await national.GetJsonAsync($"/api/clients/{placedClient}");
        Assert.DoesNotContain(afterRerun["tags"]!.AsArray(), t => t.Text("shortName") == "LMI1" && t!["removedAt"] is null);

        // Everything audited: the job's tags carry no staff member but are in the audit trail.
        var audit = await (await server.AsAsync(Accounts.Manager)).GetJsonAsync($"/api/clients/{placedClient}/audit");
        Assert.Contains(audit["rows"]!.Items(), r => r.Text("action") == "AddTag" && r.Text("detail")!.StartsWith("LMI1 added", StringComparison.Ordinal));
        Assert.Contains(audit["rows"]!.Items(), r => r.Text("action") == "RemoveTag");
    }

    [Fact]
    public async Task DailyJob_After2amOnce_OneNodeRunsTheDay_TheOtherFindsItClaimed_R019()
    {
        // R-019: LMI1 is assigned automatically, by a job every New Zealand day after 2am; with two web nodes
        // on one database only one of them runs it. The day is far ahead so no other run has it.
        await using var first = await server.StartSecondNodeAsync();
        await using var second = await server.StartSecondNodeAsync();
        // 1.30am on 10 June 2031 in New Zealand (NZST, UTC+12); clocks report UTC.
        var clock = new FakeTimeProvider(new DateTimeOffset(2031, 6, 9, 13, 30, 0, TimeSpan.Zero));
        var jobA = Job(first, clock);
        var jobB = Job(second, clock);

        Assert.Null(await jobA.TryRunAsync("daily", CancellationToken.None));

        clock.Advance(TimeSpan.FromHours(1.5));
        var ran = await jobA.TryRunAsync("daily", CancellationToken.None);
        var again = await jobB.TryRunAsync("daily", CancellationToken.None);

        var view = await (await server.AsAsync(Accounts.NationalOffice)).GetJsonAsync("/api/lmi1");
        Assert.True(ran is not null, $"The first node ran the day: {view.Text("lastDailyRun")}");
        Assert.True(ran.Scored > 0, "Every client on benefit is scored");
        Assert.InRange(ran.Auc, 0.5, 1.0);
        Assert.Null(again);
        Assert.StartsWith("2031-06-10: ", view.Text("lastDailyRun"), StringComparison.Ordinal);
    }

    private static Lmi1DailyJob Job(Microsoft.AspNetCore.Builder.WebApplication node, TimeProvider clock) => new(
        node.Services.GetRequiredService<IServiceScopeFactory>(),
        clock,
        node.Services.GetRequiredService<IConfiguration>(),
        node.Services.GetRequiredService<ILogger<Lmi1DailyJob>>());

    [Fact]
    public async Task Run_ByConnector_Returns403()
    {
        using var response = await (await server.AsAsync(Accounts.Connector)).PostJsonAsync("/api/lmi1/runs", new { });
        await response.ReadProblemAsync(HttpStatusCode.Forbidden);
    }
}

[CollectionDefinition(Collection)]
public sealed class Lmi1SqliteCollection : ICollectionFixture<SqliteServer>
{
    public const string Collection = "LMI1 on SQLite (own database)";
}

[CollectionDefinition(Collection)]
public sealed class Lmi1PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Collection = "LMI1 on PostgreSQL (own database)";
}

[Collection(Lmi1SqliteCollection.Collection)]
public sealed class Lmi1TestsSqlite(SqliteServer server) : Lmi1Tests(server);

[Collection(Lmi1PostgresCollection.Collection)]
public sealed class Lmi1TestsPostgres(PostgresServer server) : Lmi1Tests(server);
