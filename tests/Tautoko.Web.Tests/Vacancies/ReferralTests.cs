using System.Net;
using System.Text.Json.Nodes;
using Tautoko.Web.Tests.Clients;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Vacancies;

/// <summary>Referrals to vacancies and programmes through HTTP: stages with date and who, invalid moves naming the field, closed vacancies, measures, audit (R-120).</summary>
public abstract class ReferralTests(TautokoServer server)
{
    private async Task<Guid> VacancyAsync(ApiClient api)
    {
        using var employer = await api.PostJsonAsync("/api/employers", new { name = "Ruamahanga Packhouse Ltd", siteId = await server.MastertonSiteIdAsync() });
        var employerId = (await employer.ReadJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<Guid>();
        using var created = await api.PostJsonAsync("/api/vacancies", new
        {
            employerId,
            title = "Packhouse hand",
            occupationCode = "721311",
            siteId = await server.MastertonSiteIdAsync(),
            town = "Masterton",
            hoursPerWeek = 32,
            payPerHour = 25.00m,
            licencesRequired = Array.Empty<string>(),
            closingDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14),
            positions = 3,
        });
        return (await created.ReadJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<Guid>();
    }

    private static async Task<JsonNode> AdvanceAsync(ApiClient api, JsonNode referral, object body, HttpStatusCode expected)
    {
        using var response = await api.PostJsonAsync($"/api/referrals/{referral["id"]!.GetValue<Guid>()}/stage", body);
        return expected == HttpStatusCode.OK ? await response.ReadJsonAsync(expected) : await response.ReadProblemAsync(expected);
    }

    private async Task<JsonNode> MeasuresAsync()
    {
        var manager = await server.AsAsync(Accounts.Manager);
        return await manager.GetJsonAsync($"/api/referral-measures?siteId={await server.MastertonSiteIdAsync()}");
    }

    private static int Count(JsonNode measures, string kind, string stage) =>
        measures[kind]!.AsArray().Single(s => s.Text("stage") == stage)!["count"]!.GetValue<int>();

    [Fact]
    public async Task VacancyReferral_AcceptedInterviewedFilled_StagesWithWho_WrongMoveNamesStage_Measured_Audited()
    {
        var before = await MeasuresAsync();
        var esr = await server.AsAsync("esr");
        var vacancy = await VacancyAsync(esr);
        var (client, _) = await ClientRecords.CreateAsync(server);

        using (var bad = await esr.PostJsonAsync($"/api/clients/{client}/referrals", new { kind = "vacancy" }))
        {
            Assert.NotNull((await bad.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]?["vacancyId"]);
        }

        JsonNode referral;
        using (var created = await esr.PostJsonAsync($"/api/clients/{client}/referrals", new { kind = "vacancy", vacancyId = vacancy }))
        {
            referral = await created.ReadJsonAsync(HttpStatusCode.Created);
        }

        Assert.Equal("referred", referral.Text("stage"));
        Assert.Equal("Packhouse hand", referral.Text("vacancyTitle"));
        Assert.Equal(["accepted", "declined"], referral["nextStages"]!.AsArray().Select(s => s!.GetValue<string>()));

        using (var twice = await esr.PostJsonAsync($"/api/clients/{client}/referrals", new { kind = "vacancy", vacancyId = vacancy }))
        {
            Assert.Equal("referral-once", (await twice.ReadProblemAsync(HttpStatusCode.Conflict)).Text("rule"));
        }

        var skipped = await AdvanceAsync(esr, referral, new { stage = "filled", version = 1 }, HttpStatusCode.BadRequest);
        Assert.NotNull(skipped["errors"]?["stage"]);
        var noVersion = await AdvanceAsync(esr, referral, new { stage = "accepted" }, HttpStatusCode.BadRequest);
        Assert.NotNull(noVersion["errors"]?["version"]);
        await AdvanceAsync(esr, referral, new { stage = "accepted", version = 9 }, HttpStatusCode.Conflict);

        var cm = await server.AsAsync(Accounts.CaseManager);
        referral = await AdvanceAsync(esr, referral, new { stage = "accepted", version = 1 }, HttpStatusCode.OK);
        referral = await AdvanceAsync(cm, referral, new { stage = "interviewed", version = 2 }, HttpStatusCode.OK);
        referral = await AdvanceAsync(esr, referral, new { stage = "filled", version = 3 }, HttpStatusCode.OK);
        Assert.Equal("filled", referral.Text("stage"));
        Assert.Empty(referral["nextStages"]!.AsArray());
        var steps = referral["steps"]!.AsArray();
        Assert.Equal(["referred", "accepted", "interviewed", "filled"], steps.Select(s => s.Text("stage")));
        Assert.All(steps, s => Assert.False(string.IsNullOrEmpty(s.Text("byName"))));
        Assert.NotEqual(steps[1]!["byId"]!.GetValue<Guid>(), steps[2]!["byId"]!.GetValue<Guid>());

        var final = await AdvanceAsync(esr, referral, new { stage = "declined", version = 4 }, HttpStatusCode.BadRequest);
        Assert.Contains("final", final["errors"]!["stage"]![0]!.GetValue<string>());

        var listed = (await cm.GetJsonAsync($"/api/clients/{client}/referrals")).AsArray();
        Assert.Equal("filled", Assert.Single(listed)!.Text("stage"));

        var after = await MeasuresAsync();
        foreach (var stage in new[] { "referred", "accepted", "interviewed", "filled" })
        {
            Assert.Equal(Count(before, "vacancy", stage) + 1, Count(after, "vacancy", stage));
        }

        Assert.Equal(Count(before, "vacancy", "declined"), Count(after, "vacancy", "declined"));

        // R-120: the referral, its stages and the list read are audited.
        var audit = await (await server.AsAsync(Accounts.Manager)).GetJsonAsync($"/api/clients/{client}/audit");
        Assert.Contains(audit["rows"]!.Items(), r => r.Text("detail") == "Referrals read");
        Assert.Contains(audit["rows"]!.Items(), r => r.Text("detail") == "Referral filled");
    }

    [Fact]
    public async Task VacancyReferral_ClosedVacancy_ClearProblem()
    {
        var esr = await server.AsAsync("esr");
        var vacancy = await VacancyAsync(esr);
        using (var closed = await esr.PostJsonAsync($"/api/vacancies/{vacancy}/status", new { status = "closed", version = 1 }))
        {
            await closed.ReadJsonAsync(HttpStatusCode.OK);
        }

        var (client, _) = await ClientRecords.CreateAsync(server);
        using var refused = await esr.PostJsonAsync($"/api/clients/{client}/referrals", new { kind = "vacancy", vacancyId = vacancy });
        var problem = await refused.ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("vacancy-status", problem.Text("rule"));
        Assert.Contains("is closed: clients can only be referred to an open vacancy", problem.Text("detail"));
    }

    [Fact]
    public async Task ProgrammeReferral_ParticipatedCompletedWithOutcome_Measured()
    {
        var before = await MeasuresAsync();
        var cm = await server.AsAsync(Accounts.CaseManager);
        var (client, _) = await ClientRecords.CreateAsync(server);

        using (var bad = await cm.PostJsonAsync($"/api/clients/{client}/referrals", new { kind = "programme", service = "barista" }))
        {
            var errors = (await bad.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]!;
            Assert.NotNull(errors["service"]);
            Assert.NotNull(errors["programme"]);
        }

        JsonNode referral;
        using (var created = await cm.PostJsonAsync($"/api/clients/{client}/referrals", new { kind = "programme", service = "workReadiness", programme = "Ready for Work — Wairarapa Trust" }))
        {
            referral = await created.ReadJsonAsync(HttpStatusCode.Created);
        }

        Assert.Equal("workReadiness", referral.Text("service"));
        referral = await AdvanceAsync(cm, referral, new { stage = "accepted", version = 1 }, HttpStatusCode.OK);
        var interviewed = await AdvanceAsync(cm, referral, new { stage = "interviewed", version = 2 }, HttpStatusCode.BadRequest);
        Assert.NotNull(interviewed["errors"]?["stage"]);
        referral = await AdvanceAsync(cm, referral, new { stage = "participated", version = 2 }, HttpStatusCode.OK);
        var noOutcome = await AdvanceAsync(cm, referral, new { stage = "completed", version = 3 }, HttpStatusCode.BadRequest);
        Assert.NotNull(noOutcome["errors"]?["outcomeCode"]);
        Assert.NotNull(noOutcome["errors"]?["outcome"]);
        referral = await AdvanceAsync(cm, referral, new { stage = "completed", outcomeCode = "enteredTraining", outcome = "Enrolled in a level 3 logistics certificate.", version = 3 }, HttpStatusCode.OK);
        Assert.Equal("enteredTraining", referral.Text("outcomeCode"));

        var after = await MeasuresAsync();
        foreach (var stage in new[] { "referred", "accepted", "participated", "completed" })
        {
            Assert.Equal(Count(before, "programme", stage) + 1, Count(after, "programme", stage));
        }

        Assert.Equal(before["programmeOutcomes"]!["enteredTraining"]!.GetValue<int>() + 1, after["programmeOutcomes"]!["enteredTraining"]!.GetValue<int>());
        Assert.Equal(100m, after["programme"]!.AsArray().Single(s => s.Text("stage") == "referred")!["percent"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task CoreExpectations_WorkPreparationWithBarriers_MissingUntilReferredToAProgramme_DeclinedDoesNotCount_Seed002()
    {
        var client = await Caseloads.CaseloadTestData.NewClientAsync(server, d =>
        {
            d["obligation"] = "workPreparation";
            return d;
        });
        var cm = await server.AsAsync(Accounts.CaseManager);
        async Task<JsonNode> ExpectationAsync() =>
            (await cm.GetJsonAsync($"/api/clients/{client}/core-expectations"))["expectations"]!.AsArray().Single(e => e.Text("expectation") == "contractedServiceReferral")!;

        Assert.Equal("met", (await ExpectationAsync()).Text("status"));
        using (var profile = await cm.PutJsonAsync($"/api/clients/{client}/jobseeker-profile", new { barriers = "No driver licence; anxiety in groups.", version = 0 }, null))
        {
            await profile.ReadJsonAsync(HttpStatusCode.OK);
        }

        var missing = await ExpectationAsync();
        Assert.Equal("missing", missing.Text("status"));
        Assert.Equal($"/clients/{client}/referrals", missing.Text("fixUrl"));

        JsonNode referral;
        using (var created = await cm.PostJsonAsync($"/api/clients/{client}/referrals", new { kind = "programme", service = "workReadiness", programme = "Confidence to work (Wairarapa Trust)" }))
        {
            referral = await created.ReadJsonAsync(HttpStatusCode.Created);
        }

        Assert.Equal("met", (await ExpectationAsync()).Text("status"));
        await AdvanceAsync(cm, referral, new { stage = "declined", version = 1 }, HttpStatusCode.OK);
        Assert.Equal("missing", (await ExpectationAsync()).Text("status"));
    }

    [Fact]
    public async Task Measures_CaseManagerOfAnotherSite_Refused_BadPeriodNamesFrom()
    {
        var cm = await server.AsAsync(Accounts.CaseManager);
        using (var refused = await cm.GetAsync($"/api/referral-measures?siteId={await server.MastertonSiteIdAsync()}"))
        {
            await refused.ReadProblemAsync(HttpStatusCode.Forbidden);
        }

        var manager = await server.AsAsync(Accounts.Manager);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        using var bad = await manager.GetAsync($"/api/referral-measures?from={today:yyyy-MM-dd}&to={today.AddDays(-3):yyyy-MM-dd}");
        Assert.NotNull((await bad.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]?["from"]);
    }
}

[Collection(SqliteServer.Collection)]
public sealed class ReferralTestsSqlite(SqliteServer server) : ReferralTests(server);

[Collection(PostgresServer.Collection)]
public sealed class ReferralTestsPostgres(PostgresServer server) : ReferralTests(server);
