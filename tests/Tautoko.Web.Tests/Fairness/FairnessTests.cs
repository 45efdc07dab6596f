using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tautoko.Core.Appointments;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.Hardship;
using Tautoko.Core.Releases;
using Tautoko.Core.StartingWork;
using Tautoko.Data;
using Tautoko.Web.Tests.Infrastructure;
using Tautoko.Web.Tests.Releases;

namespace Tautoko.Web.Tests.Fairness;

/// <summary>
/// Fairness and decisions: outcomes by cohort, age group, gender, ethnicity and site on small hand-made data, the overturn
/// rate of each decline reason, and small cells protected as releases protect them for everyone but the analyst.
/// Each test uses Masterton clients of its own with records in a month of its own, five years ago (before the demo history;
/// release tests of that year use June), with need "other" so no release table counts them.
/// </summary>
public abstract class FairnessTests(TautokoServer server)
{
    private static readonly int Year = ReleaseTestData.Year(5);

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static (DateOnly From, DateOnly To) Month(int month)
    {
        var from = new DateOnly(Year, month, 1);
        return (from, from.AddMonths(1).AddDays(-1));
    }

    private async Task<Guid> ClientAsync(DateOnly dateOfBirth, string? gender, string[] ethnicity, string benefit, string obligation)
    {
        return await Caseloads.CaseloadTestData.NewClientAsync(server, d =>
        {
            d["dateOfBirth"] = Day(dateOfBirth);
            d["gender"] = gender;
            d["ethnicity"] = ethnicity;
            d["benefit"] = benefit;
            d["obligation"] = obligation;
            d["benefitStartDate"] = Day(dateOfBirth.AddYears(18));
            return d;
        });
    }

    private static (DecisionKind Kind, DeclineReason? Reason, ReviewOutcome? Review) D(DecisionKind kind, DeclineReason? reason = null, ReviewOutcome? review = null) =>
        (kind, reason, review);

    /// <summary>Hardship decisions (need "other") for a client on days of the month; returns the applications' ids.</summary>
    private async Task<List<Guid>> DecisionsAsync(Guid clientId, int month, params (DecisionKind Kind, DeclineReason? Reason, ReviewOutcome? Review)[] decisions)
    {
        var staff = new StaffId(await Complaints.ComplaintTestData.StaffIdAsync(server, Accounts.CaseManager));
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
        var ids = new List<Guid>();
        for (var i = 0; i < decisions.Length; i++)
        {
            var (kind, reason, review) = decisions[i];
            var day = new DateOnly(Year, month, 2 + i);
            var at = NzLocalTime.ToUtc(day, new TimeOnly(10, 0));
            var application = new HardshipApplication(Guid.CreateVersion7(), new ClientId(clientId), null, HardshipNeed.Other, SupplementaryAssistanceCategory.AdvancePayments,
                100m, false, ContactChannel.Phone, "Hand-made for a fairness test.", staff, at);
            application.Decide(kind, null, reason, "Decided for the test.", staff, at.AddHours(1));
            db.HardshipApplications.Add(application);
            ids.Add(application.Id);
            if (review is { } outcome)
            {
                var requested = new DecisionReview(Guid.CreateVersion7(), application, ReviewRequester.Client, "I disagree.", null, day, day.AddDays(1),
                    ReviewWindow.Default, staff, at.AddDays(1));
                requested.Close(outcome, null, 100m, "Closed for the test.", staff, at.AddDays(5));
                db.DecisionReviews.Add(requested);
            }
        }

        await db.SaveChangesAsync();
        return ids;
    }

    /// <summary>A placement started (and ended) in the month and a work start through case management.</summary>
    private async Task PlacedAndWorkingAsync(Guid clientId, int month)
    {
        var staff = new StaffId(await Complaints.ComplaintTestData.StaffIdAsync(server, Accounts.CaseManager));
        var site = new SiteId(await server.MastertonSiteIdAsync());
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
        var on = new DateOnly(Year, month, 3);
        var at = NzLocalTime.ToUtc(on, new TimeOnly(9, 0));
        var placement = new CaseloadPlacement(Guid.CreateVersion7(), new ClientId(clientId), staff, site, CaseManagementService.EmploymentFaceToFace, on, at, staff,
            PlacementSource.Manual, "Placed for a fairness test.", null, null);
        placement.EndLoaded(ExitReason.Other, at.AddDays(10), on.AddDays(10), staff, "Ended for the test.");
        db.Placements.Add(placement);
        db.WorkStarts.Add(new WorkStart(Guid.CreateVersion7(), new ClientId(clientId), on.AddDays(8), "Test Employer Ltd", 40m, 900m, WorkHoursKind.FullTime, staff, site, staff, at.AddDays(8)));
        await db.SaveChangesAsync();
    }

    private async Task<JsonNode> ReportAsync(string account, int month)
    {
        var (from, to) = Month(month);
        return await (await server.AsAsync(account)).GetJsonAsync($"/api/fairness?level=site&id={await server.MastertonSiteIdAsync()}&from={Day(from)}&to={Day(to)}");
    }

    private static JsonNode Row(JsonNode report, string dimension, string category) =>
        report["breakdowns"]!.AsArray().Single(b => b.Text("dimension") == dimension)!["rows"]!.AsArray().Single(r => r.Text("category") == category)!;

    private static int? Value(JsonNode row, string cell) => row[cell]!["value"] is { } value ? value.GetValue<int>() : null;

    [Fact]
    public async Task Breakdowns_CountEachOutcomeByCohortAgeGenderEthnicityAndSite_AnalystSeesTrueCounts()
    {
        const int month = 1;
        var (_, end) = Month(month);
        var young = await ClientAsync(end.AddYears(-20).AddDays(-10), "female", ["maori", "european"], "jobseekerSupportWorkReady", "fullTime");
        var middle = await ClientAsync(end.AddYears(-45), "male", ["european"], "none", "none");
        var older = await ClientAsync(end.AddYears(-70), null, [], "none", "none");
        await PlacedAndWorkingAsync(young, month);
        await DecisionsAsync(young, month,
            D(DecisionKind.Decline, DeclineReason.NotAnEssentialNeed, ReviewOutcome.OverturnedAtInternalReview),
            D(DecisionKind.Decline, DeclineReason.NotAnEssentialNeed),
            D(DecisionKind.GrantInFull));
        await DecisionsAsync(middle, month,
            D(DecisionKind.Decline, DeclineReason.NotAnEssentialNeed, ReviewOutcome.WithdrawnPriorToBrc),
            D(DecisionKind.Decline, DeclineReason.CashAssetsOrIncomeExceedLimit));
        await DecisionsAsync(older, month, D(DecisionKind.GrantInFull));

        var report = await ReportAsync(Accounts.NationalOffice, month);
        Assert.True(report["unrounded"]!.GetValue<bool>());

        var total = Row(report, "cohort", "total");
        Assert.Equal(1, Value(total, "assigned"));
        Assert.Equal(6, Value(total, "decisions"));
        Assert.Equal(4, Value(total, "declines"));
        Assert.Equal(0.6667m, total["declineRate"]!.GetValue<decimal>());
        Assert.Equal(2, Value(total, "reviews"));
        Assert.Equal(1, Value(total, "overturned"));
        Assert.Equal(0.5m, total["overturnRate"]!.GetValue<decimal>());
        Assert.Equal(1, Value(total, "workExits"));

        var female = Row(report, "gender", "female");
        Assert.Equal(new int?[] { 1, 3, 2, 1, 1, 1 }, new[] { Value(female, "assigned"), Value(female, "decisions"), Value(female, "declines"), Value(female, "reviews"), Value(female, "overturned"), Value(female, "workExits") });
        var male = Row(report, "gender", "male");
        Assert.Equal(new int?[] { 0, 2, 2, 1, 0 }, new[] { Value(male, "assigned"), Value(male, "decisions"), Value(male, "declines"), Value(male, "reviews"), Value(male, "overturned") });
        Assert.Equal(0m, male["overturnRate"]!.GetValue<decimal>());
        Assert.Equal(1, Value(Row(report, "gender", "notRecorded"), "decisions"));
        Assert.Equal(0, Value(Row(report, "gender", "anotherGender"), "decisions"));

        // Ethnicity is total response: the young client counts as Māori and as European.
        Assert.Equal(3, Value(Row(report, "ethnicity", "maori"), "decisions"));
        Assert.Equal(5, Value(Row(report, "ethnicity", "european"), "decisions"));
        Assert.Equal(4, Value(Row(report, "ethnicity", "european"), "declines"));
        Assert.Equal(1, Value(Row(report, "ethnicity", "notRecorded"), "decisions"));

        Assert.Equal(3, Value(Row(report, "ageGroup", "18-24"), "decisions"));
        Assert.Equal(2, Value(Row(report, "ageGroup", "40-49"), "decisions"));
        Assert.Equal(1, Value(Row(report, "ageGroup", "65+"), "decisions"));

        // the 18–24 year old with full-time obligations is in the youth cohort; the others in none.
        Assert.Equal(3, Value(Row(report, "cohort", "youth"), "decisions"));
        Assert.Equal(1, Value(Row(report, "cohort", "youth"), "assigned"));
        Assert.Equal(3, Value(Row(report, "cohort", "none"), "decisions"));
        Assert.Equal(6, Value(Row(report, "site", (await server.MastertonSiteIdAsync()).ToString()), "decisions"));

        // Each decline reason: declines, reviewed (a concluded review), overturned, and the overturn rate.
        var reasons = report["declineReasons"]!.AsArray();
        var essential = reasons.Single(r => r.Text("reason") == "notAnEssentialNeed")!;
        Assert.Equal(new int?[] { 3, 2, 1 }, new[] { Value(essential, "declines"), Value(essential, "reviewed"), Value(essential, "overturned") });
        Assert.Equal(0.5m, essential["overturnRate"]!.GetValue<decimal>());
        var assets = reasons.Single(r => r.Text("reason") == "cashAssetsOrIncomeExceedLimit")!;
        Assert.Equal(new int?[] { 1, 0, 0 }, new[] { Value(assets, "declines"), Value(assets, "reviewed"), Value(assets, "overturned") });
        Assert.Null(assets["overturnRate"]);
        Assert.Equal(4, Value(reasons.Single(r => r.Text("reason") == "total")!, "declines"));
    }

    [Fact]
    public async Task NonAnalyst_SeesCellKeyRoundedCounts_SmallCellsSuppressed_R105()
    {
        const int month = 2;
        var (_, end) = Month(month);
        var client = await ClientAsync(end.AddYears(-33), "anotherGender", ["pacificPeoples"], "none", "none");
        var declines = await DecisionsAsync(client, month, [.. Enumerable.Range(0, 8).Select(_ => D(DecisionKind.Decline, DeclineReason.NotAnEconomicPurchase))]);
        var single = await ClientAsync(end.AddYears(-52), "undeclared", ["asian"], "none", "none");
        var grant = await DecisionsAsync(single, month, D(DecisionKind.GrantInFull));

        var keys = server.Services.GetRequiredService<IRecordKeys>();
        CellTally Tally(IEnumerable<Guid> ids) => ids.Aggregate(CellTally.Empty, (t, id) => t.Add(keys.KeyOf(id)));
        var roundedDeclines = CellKeyRounding.Round(keys.StandingKey, Tally(declines));
        var roundedDecisions = CellKeyRounding.Round(keys.StandingKey, Tally(declines.Concat(grant)));

        var report = await ReportAsync(Accounts.Manager, month);
        Assert.False(report["unrounded"]!.GetValue<bool>());
        Assert.Equal("R-105", report.Text("rule"));
        Assert.Equal(6, report["suppressedBelow"]!.GetValue<int>());

        // The eight declines are one cell wherever they are counted: rounded the same way by their keys, a multiple of 3 within 2.
        var total = Row(report, "gender", "total");
        Assert.Equal(roundedDeclines, Value(total, "declines"));
        Assert.Equal(roundedDecisions, Value(total, "decisions"));
        Assert.Equal(0, roundedDeclines % 3);
        Assert.InRange(roundedDeclines, 6, 9);
        var pacific = Row(report, "ethnicity", "pacificPeoples");
        Assert.Equal(roundedDeclines, Value(pacific, "declines"));
        Assert.Equal(roundedDeclines, Value(pacific, "decisions"));
        Assert.Equal(1m, pacific["declineRate"]!.GetValue<decimal>());
        Assert.Equal(Math.Round((decimal)roundedDeclines / roundedDecisions, 4), total["declineRate"]!.GetValue<decimal>());
        var reason = report["declineReasons"]!.AsArray().Single(r => r.Text("reason") == "notAnEconomicPurchase")!;
        Assert.Equal(roundedDeclines, Value(reason, "declines"));

        // One grant is a small cell: suppressed, no value, and no rate from it.
        var asian = Row(report, "ethnicity", "asian");
        Assert.True(asian["decisions"]!["suppressed"]!.GetValue<bool>());
        Assert.Null(Value(asian, "decisions"));
        Assert.Null(asian["declineRate"]);

        // The analyst sees the true counts, flagged as unrounded.
        var analyst = await ReportAsync(Accounts.NationalOffice, month);
        Assert.True(analyst["unrounded"]!.GetValue<bool>());
        Assert.Equal(8, Value(Row(analyst, "gender", "total"), "declines"));
        Assert.Equal(1, Value(Row(analyst, "ethnicity", "asian"), "decisions"));
    }

    [Fact]
    public async Task Access_AsMeasures_OthersRefused403_BadInput400NamesTheField()
    {
        var (from, to) = Month(3);
        var site = await server.MastertonSiteIdAsync();
        var period = $"from={Day(from)}&to={Day(to)}";
        using (var caseManager = await (await server.AsAsync(Accounts.CaseManager)).GetAsync($"/api/fairness?level=site&id={site}&{period}"))
        {
            await caseManager.ReadProblemAsync(HttpStatusCode.Forbidden);
        }

        var manager = await server.AsAsync(Accounts.Manager);
        using (var country = await manager.GetAsync($"/api/fairness?level=country&{period}"))
        {
            await country.ReadProblemAsync(HttpStatusCode.Forbidden);
        }

        using (var own = await manager.GetAsync($"/api/fairness?{period}"))
        {
            Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        }

        var national = await server.AsAsync(Accounts.NationalOffice);
        Assert.Equal("country", (await national.GetJsonAsync($"/api/fairness?level=country&{period}")).Text("level"));
        foreach (var (query, field) in new[]
        {
            ($"level=staff&{period}", "level"),
            ($"level=site&from={Day(to)}&to={Day(from)}", "from"),
            ($"level=region&{period}", "id"),
            ($"level=site&id={Guid.NewGuid()}&{period}", "id"),
            ($"level=site&from=1900-01-01&to={Day(to)}", "from"),
        })
        {
            using var bad = await national.GetAsync($"/api/fairness?{query}");
            var problem = await bad.ReadProblemAsync(HttpStatusCode.BadRequest);
            Assert.NotNull(problem["errors"]![field]);
        }

        // The fairness report offers no staff level (the measures do): the message names its three levels.
        using var staffLevel = await national.GetAsync($"/api/fairness?level=staff&{period}");
        Assert.Equal("Choose country, region or site.", (await staffLevel.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]!["level"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task ClientGenderAndEthnicity_RecordedEditedAndAudited_NotRecordedByDefault()
    {
        var api = await server.AsAsync(Accounts.CaseManager);
        var site = await server.MastertonSiteIdAsync();
        var record = Clients.ClientRecords.Details(site);
        var details = record.GetType().GetProperties().ToDictionary(p => p.Name, p => p.GetValue(record), StringComparer.Ordinal);
        using var created = await api.PostJsonAsync("/api/clients", details);
        var node = await created.ReadJsonAsync(HttpStatusCode.Created);
        var id = node["id"]!.GetValue<Guid>();

        details["gender"] = "female";
        details["ethnicity"] = new[] { "maori", "pacificPeoples" };
        using var updated = await api.PutJsonAsync($"/api/clients/{id}", details, Clients.ClientRecords.ETag(node["version"]!.GetValue<int>()));
        var saved = await updated.ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(["gender", "ethnicity"], saved["changed"]!.AsArray().Select(c => c!.GetValue<string>()));

        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
        var client = await db.Clients.AsNoTracking().SingleAsync(c => c.Id == new ClientId(id));
        Assert.Equal(Tautoko.Core.Staff.Gender.Female, client.Gender);
        Assert.Equal(EthnicGroups.Maori | EthnicGroups.PacificPeoples, client.Ethnicity);
        Assert.Contains(await db.AuditEntries.AsNoTracking().Where(a => a.ClientId == new ClientId(id)).Select(a => a.Detail).ToListAsync(),
            d => d != null && d.Contains("gender, ethnicity", StringComparison.Ordinal));

        // An unknown group is refused, naming the field.
        details["ethnicity"] = new[] { "martian" };
        using var bad = await api.PutJsonAsync($"/api/clients/{id}", details, Clients.ClientRecords.ETag(saved["version"]!.GetValue<int>()));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task Page_ManagerSeesTables_LinkedFromMeasures_CaseManagerRefused()
    {
        var (from, to) = Month(4);
        using var pages = await server.PagesAsAsync(Accounts.Manager);
        var page = await pages.GetAsync($"/fairness?level=site&from={Day(from)}&to={Day(to)}");
        Assert.NotNull(page.Document.QuerySelector("#fairness-gender tr[data-category='notRecorded']"));
        Assert.NotNull(page.Document.QuerySelector("#fairness-decline-reasons tr[data-reason='total']"));
        Assert.Contains("rounded", page.Document.QuerySelector("#fairness-protection")!.TextContent, StringComparison.Ordinal);
        var measures = await pages.GetAsync("/measures?level=site");
        Assert.Equal("/fairness", measures.Document.QuerySelector("#fairness-link")!.GetAttribute("href"));

        using var caseManager = await server.PagesAsAsync(Accounts.CaseManager);
        await caseManager.GetAsync($"/fairness?level=site&from={Day(from)}&to={Day(to)}", HttpStatusCode.Forbidden);

        // The case manager's own measures page does not offer a report they may not open.
        var own = await caseManager.GetAsync("/measures?level=staff");
        Assert.NotNull(own.Document.QuerySelector("#measures-form"));
        Assert.Null(own.Document.QuerySelector("#fairness-link"));
    }
}

[Collection(SqliteServer.Collection)]
public sealed class FairnessTestsSqlite(SqliteServer server) : FairnessTests(server);

[Collection(PostgresServer.Collection)]
public sealed class FairnessTestsPostgres(PostgresServer server) : FairnessTests(server);
