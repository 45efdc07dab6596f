using System.Net;
using Tautoko.Web.Tests.Clients;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Vacancies;

/// <summary>The vacancy pages without JavaScript: search, a vacancy's ranked clients with reasons and Refer, the client's referrals (linked from employment) where stages are recorded, the worklist.</summary>
public abstract class VacancyPageTests(TautokoServer server)
{
    [Fact]
    public async Task Esr_SearchesOpensVacancy_RefersRankedClient_RecordsStage_WorklistShowsIt()
    {
        var esrApi = await server.AsAsync("esr");
        using (var employer = await esrApi.PostJsonAsync("/api/employers", new { name = "Carterton Joinery Ltd", siteId = await server.MastertonSiteIdAsync() }))
        {
            var employerId = (await employer.ReadJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<Guid>();
            using var created = await esrApi.PostJsonAsync("/api/vacancies", new
            {
                employerId, title = "Carpenter's labourer", occupationCode = "321214", siteId = await server.MastertonSiteIdAsync(), town = "Carterton",
                hoursPerWeek = 40, payPerHour = 28.00m, licencesRequired = Array.Empty<string>(), closingDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10), positions = 1,
            });
            await created.ReadJsonAsync(HttpStatusCode.Created);
        }

        var (client, _) = await ClientRecords.CreateAsync(server);
        var cmApi = await server.AsAsync(Accounts.CaseManager);
        using (var codes = await cmApi.PutJsonAsync($"/api/clients/{client}/occupation-codes", new { codes = new[] { "321214" } }, null))
        {
            await codes.ReadJsonAsync(HttpStatusCode.OK);
        }

        using var pages = await server.PagesAsAsync("esr");
        var list = await pages.GetAsync("/vacancies?status=open&occupation=321214&town=Carterton");
        var link = list.Document.QuerySelectorAll("#vacancies a").Single(a => a.TextContent == "Carpenter's labourer").GetAttribute("href")!;
        using (var bad = await pages.GetRawAsync("/vacancies?occupation=abc"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        }

        var vacancy = await pages.GetAsync(link);
        var row = vacancy.Document.QuerySelector($"#matches tr[data-client='{client}']");
        Assert.NotNull(row);
        Assert.Contains(row!.QuerySelectorAll(".reasons li"), li => li.TextContent.Contains("(40)", StringComparison.Ordinal));
        using (var referred = await pages.SubmitAsync(vacancy, $"#matches tr[data-client='{client}'] form", new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.Redirect, referred.StatusCode);
        }

        using (var again = await pages.SubmitAsync(vacancy, $"#matches tr[data-client='{client}'] form", new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
            Assert.Contains("already been referred", (await PageClient.ParseAsync(again)).Document.QuerySelector("#vacancy-problem")?.TextContent, StringComparison.Ordinal);
        }

        var worklist = await pages.GetAsync("/referrals");
        Assert.Contains(worklist.Document.QuerySelectorAll("#worklist a"), a => a.GetAttribute("href") == $"/clients/{client}/referrals");

        var employment = await pages.GetAsync($"/clients/{client}/employment");
        Assert.Equal($"/clients/{client}/referrals", employment.Document.QuerySelector("#referrals-link")?.GetAttribute("href"));
        var referrals = await pages.GetAsync($"/clients/{client}/referrals");
        var referral = referrals.Document.QuerySelector("#referrals tbody tr")!;
        Assert.Equal("referred", referral.QuerySelector(".referral-stage")?.TextContent);
        var form = $"#{referral.QuerySelector("form")!.Id}";

        using (var wrong = await pages.SubmitAsync(referrals, form, new Dictionary<string, string> { ["stage"] = "filled" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
            Assert.NotNull((await PageClient.ParseAsync(wrong)).Document.QuerySelector($"#error-{referral.GetAttribute("data-referral")}-stage"));
        }

        using (var accepted = await pages.SubmitAsync(referrals, form, new Dictionary<string, string> { ["stage"] = "accepted" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        }

        var after = await pages.GetAsync($"/clients/{client}/referrals");
        Assert.Equal("accepted", after.Document.QuerySelector("#referrals tbody tr .referral-stage")?.TextContent);
        Assert.Equal(2, after.Document.QuerySelectorAll("#referrals tbody tr .referral-steps li").Length);
    }

    [Fact]
    public async Task CaseManager_RefersToProgramme_OnTheClientsReferralsPage()
    {
        var (client, _) = await ClientRecords.CreateAsync(server);
        using var pages = await server.PagesAsAsync(Accounts.CaseManager);
        var empty = await pages.GetAsync($"/clients/{client}/referrals");
        Assert.NotNull(empty.Document.QuerySelector("#no-referrals"));
        using (var missing = await pages.SubmitAsync(empty, "#programme-form", new Dictionary<string, string> { ["programme"] = "" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
            Assert.NotNull((await PageClient.ParseAsync(missing)).Document.QuerySelector("#error-programme"));
        }

        using (var referred = await pages.SubmitAsync(empty, "#programme-form", new Dictionary<string, string> { ["service"] = "skillsForIndustry", ["programme"] = "Forestry skills (Taratahi)" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, referred.StatusCode);
        }

        var listed = await pages.GetAsync($"/clients/{client}/referrals");
        Assert.Contains("Forestry skills (Taratahi)", listed.Document.QuerySelector("#referrals")?.TextContent, StringComparison.Ordinal);

        using var csr = await server.PagesAsAsync(Accounts.Csr);
        var refused = await csr.GetAsync("/vacancies", HttpStatusCode.Forbidden);
        Assert.NotNull(refused.Document.QuerySelector("#vacancies-problem"));
    }
}

[Collection(SqliteServer.Collection)]
public sealed class VacancyPageTestsSqlite(SqliteServer server) : VacancyPageTests(server);

[Collection(PostgresServer.Collection)]
public sealed class VacancyPageTestsPostgres(PostgresServer server) : VacancyPageTests(server);
