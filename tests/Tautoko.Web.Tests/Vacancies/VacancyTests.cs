using System.Net;
using System.Text.Json.Nodes;
using Tautoko.Web.Tests.Clients;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Vacancies;

/// <summary>Employers, vacancies and matching through HTTP: validation naming fields, status transitions, roles, ranking with reasons, audit .</summary>
public abstract class VacancyTests(TautokoServer server)
{
    private async Task<(ApiClient Api, Guid Employer)> EmployerAsync()
    {
        var api = await server.AsAsync(Accounts.CaseManager);
        using var created = await api.PostJsonAsync("/api/employers", new { name = "Wairarapa Freight Ltd", contactName = "Hine Walker", contactPhone = "06 555 0199", nzbn = "9429000000000", siteId = await server.MastertonSiteIdAsync() });
        return (api, (await created.ReadJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<Guid>());
    }

    private async Task<JsonNode> VacancyAsync(ApiClient api, Guid employer, string code, string[] licences)
    {
        using var created = await api.PostJsonAsync("/api/vacancies", new
        {
            employerId = employer,
            title = "Forklift driver, day shift",
            occupationCode = code,
            siteId = await server.MastertonSiteIdAsync(),
            town = "Masterton",
            hoursPerWeek = 40,
            payPerHour = 27.50m,
            licencesRequired = licences,
            closingDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(20),
            positions = 2,
        });
        return await created.ReadJsonAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Vacancy_CreateListFillThenClose_TransitionsAndVersionChecked()
    {
        var (api, employer) = await EmployerAsync();

        using (var bad = await api.PostJsonAsync("/api/vacancies", new { employerId = employer, title = "x", occupationCode = "999999", town = "Masterton", hoursPerWeek = 40, payPerHour = 12.00m, positions = 1, closingDate = "2020-01-01" }))
        {
            var errors = (await bad.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]!;
            Assert.NotNull(errors["occupationCode"]);
            Assert.NotNull(errors["payPerHour"]);
            Assert.NotNull(errors["closingDate"]);
        }

        using (var badNzbn = await api.PostJsonAsync("/api/employers", new { name = "Bad NZBN Ltd", nzbn = "12345" }))
        {
            Assert.NotNull((await badNzbn.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]?["nzbn"]);
        }

        var vacancy = await VacancyAsync(api, employer, "721311", ["1", "f"]);
        var id = vacancy["id"]!.GetValue<Guid>();
        Assert.Equal("Forklift Driver", vacancy.Text("occupationTitle"));
        Assert.Equal(["1", "F"], vacancy["licencesRequired"]!.AsArray().Select(l => l!.GetValue<string>()));
        Assert.Equal("fullTime", vacancy.Text("hours"));

        var listed = (await api.GetJsonAsync("/api/vacancies?status=open&occupation=7213")).AsArray();
        Assert.Contains(listed, v => v!["id"]!.GetValue<Guid>() == id);
        using (var badStatus = await api.GetAsync("/api/vacancies?status=pending"))
        {
            Assert.NotNull((await badStatus.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]?["status"]);
        }

        using (var noVersion = await api.PostJsonAsync($"/api/vacancies/{id}/status", new { status = "filled" }))
        {
            Assert.NotNull((await noVersion.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]?["version"]);
        }

        using (var stale = await api.PostJsonAsync($"/api/vacancies/{id}/status", new { status = "filled", version = 7 }))
        {
            await stale.ReadProblemAsync(HttpStatusCode.Conflict);
        }

        using (var filled = await api.PostJsonAsync($"/api/vacancies/{id}/status", new { status = "filled", version = 1 }))
        {
            var done = await filled.ReadJsonAsync(HttpStatusCode.OK);
            Assert.Equal("filled", done.Text("status"));
            Assert.Equal(2, done["version"]!.GetValue<int>());
        }

        using (var closed = await api.PostJsonAsync($"/api/vacancies/{id}/status", new { status = "closed", version = 2 }))
        {
            Assert.Equal("vacancy-status", (await closed.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).Text("rule"));
        }

        var esr = await server.AsAsync("esr");
        Assert.Equal(id, (await esr.GetJsonAsync($"/api/vacancies/{id}"))["id"]!.GetValue<Guid>());
        var csr = await server.AsAsync(Accounts.Csr);
        using (var refused = await csr.GetAsync($"/api/vacancies/{id}"))
        {
            Assert.Equal("vacancy-role", (await refused.ReadProblemAsync(HttpStatusCode.Forbidden)).Text("rule"));
        }
    }

    [Fact]
    public async Task Matches_ExactCodeWithLicencesBeforeMinorGroup_OtherGroupLeftOut_ReasonsShown_Audited()
    {
        var (api, employer) = await EmployerAsync();
        var (exact, _) = await ClientRecords.CreateAsync(server);
        var (unit, _) = await ClientRecords.CreateAsync(server);
        var (other, _) = await ClientRecords.CreateAsync(server);
        foreach (var (client, code) in new[] { (exact, "721311"), (unit, "721214"), (other, "741111") })
        {
            using var saved = await api.PutJsonAsync($"/api/clients/{client}/occupation-codes", new { codes = new[] { code } }, null);
            await saved.ReadJsonAsync(HttpStatusCode.OK);
        }

        using (var profile = await api.PutJsonAsync($"/api/clients/{exact}/jobseeker-profile", new { licences = "Class 1 full licence, forklift (F endorsement)", version = 0 }, null))
        {
            await profile.ReadJsonAsync(HttpStatusCode.OK);
        }

        using (var badCodes = await api.PutJsonAsync($"/api/clients/{other}/occupation-codes", new { codes = new[] { "12345" } }, null))
        {
            Assert.NotNull((await badCodes.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]?["codes"]);
        }

        var vacancy = await VacancyAsync(api, employer, "721311", ["1", "F"]);
        var id = vacancy["id"]!.GetValue<Guid>();

        var matches = (await api.GetJsonAsync($"/api/vacancies/{id}/matches?take=50"))["matches"]!.AsArray();
        var ids = matches.Select(m => m!["clientId"]!.GetValue<Guid>()).ToList();
        Assert.Contains(exact, ids);
        Assert.Contains(unit, ids);
        Assert.DoesNotContain(other, ids);
        Assert.True(ids.IndexOf(exact) < ids.IndexOf(unit));
        var best = matches.Single(m => m!["clientId"]!.GetValue<Guid>() == exact)!;
        var reasons = best["reasons"]!.AsArray().ToDictionary(r => r.Text("factor")!, r => r!);
        Assert.Equal(40, reasons["occupation"]["points"]!.GetValue<int>());
        Assert.Equal("Holds Class 1, F (forklift) endorsement", reasons["licences"].Text("text"));
        Assert.Equal("Missing Class 1, F (forklift) endorsement", matches.Single(m => m!["clientId"]!.GetValue<Guid>() == unit)!["reasons"]!.AsArray().Single(r => r.Text("factor") == "licences").Text("text"));

        using (var badTake = await api.GetAsync($"/api/vacancies/{id}/matches?take=0"))
        {
            Assert.NotNull((await badTake.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]?["take"]);
        }

        // The reverse: the vacancy among the client's matches.
        var forClient = (await api.GetJsonAsync($"/api/clients/{exact}/vacancy-matches")).AsArray();
        Assert.Contains(forClient, v => v!["vacancy"]!["id"]!.GetValue<Guid>() == id);

        // every client shown as a match is audited.
        var audit = await (await server.AsAsync(Accounts.Manager)).GetJsonAsync($"/api/clients/{exact}/audit");
        Assert.Contains(audit["rows"]!.Items(), r => r.Text("detail") == "Shown as a match for a vacancy");
    }
}

[Collection(SqliteServer.Collection)]
public sealed class VacancyTestsSqlite(SqliteServer server) : VacancyTests(server);

[Collection(PostgresServer.Collection)]
public sealed class VacancyTestsPostgres(PostgresServer server) : VacancyTests(server);
