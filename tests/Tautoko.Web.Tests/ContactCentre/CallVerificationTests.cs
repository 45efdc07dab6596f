using System.Net;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.ContactCentre;

/// <summary>Caller verification (R-077, R-078): nothing protected is released on a call until the caller is verified; every verification is audited.</summary>
public abstract class CallVerificationTests(TautokoServer server)
{
    private static readonly string[] ThreeQuestions = ["fullName", "currentAndPreviousAddress", "payDayAndBank"];

    [Fact]
    public async Task Call_BeforeVerification_SaysNotVerifiedAndWithholdsProtectedDetails()
    {
        // R-078: identify the person and ask verifying questions before releasing any client information.
        var (clientId, _) = await Clients.ClientRecords.CreateAsync(server);
        var csr = await server.AsAsync(Accounts.Csr);

        using var started = await csr.PostJsonAsync("/api/calls", new { clientId, direction = "inbound" });
        var call = await started.ReadJsonAsync(HttpStatusCode.Created);

        Assert.Equal("notVerified", call.Text("verification"));
        Assert.Null(call["details"]);
        Assert.Contains("address", call["withheld"]!.AsArray().Select(w => w!.GetValue<string>()));
        var again = await csr.GetJsonAsync($"/api/calls/{call["id"]}");
        Assert.Null(again["details"]);
        Assert.DoesNotContain("12 Queen Street", again.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_ClientAnsweringThreeQuestions_ReleasesTheDetailsAndIsAudited()
    {
        // R-078: verified with the seed's questions; every verification audited (R-120).
        var (clientId, _) = await Clients.ClientRecords.CreateAsync(server);
        var csr = await server.AsAsync(Accounts.Csr);
        var callId = await StartAsync(csr, clientId);

        using var verified = await csr.PostJsonAsync($"/api/calls/{callId}/verification", new { callerKind = "client", asked = ThreeQuestions, correct = ThreeQuestions });

        var call = await verified.ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("verified", call.Text("verification"));
        Assert.Contains("12 Queen Street", call["details"].Text("address"), StringComparison.Ordinal);
        Assert.Empty(call["withheld"]!.AsArray());
        var audit = await (await server.AsAsync(Accounts.Manager)).GetJsonAsync($"/api/clients/{clientId}/audit?pageSize=50");
        var row = audit["rows"]!.Items().Single(r => r.Text("entity") == "CallerVerification")!;
        Assert.Contains("Client: Verified", row.Text("detail"), StringComparison.Ordinal);
        Assert.Contains("FullName", row.Text("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_WrongAnswer_StaysWithheld_AndTheFailedAttemptIsAuditedToo()
    {
        var (clientId, _) = await Clients.ClientRecords.CreateAsync(server);
        var csr = await server.AsAsync(Accounts.Csr);
        var callId = await StartAsync(csr, clientId);

        using var failed = await csr.PostJsonAsync($"/api/calls/{callId}/verification", new { callerKind = "client", asked = ThreeQuestions, correct = new[] { "fullName", "payDayAndBank" } });

        var call = await failed.ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("failed", call.Text("verification"));
        Assert.Null(call["details"]);
        Assert.Contains("did not match the record", call.Text("verificationNote"), StringComparison.Ordinal);
        var audit = await (await server.AsAsync(Accounts.Manager)).GetJsonAsync($"/api/clients/{clientId}/audit?pageSize=50");
        Assert.Contains(audit["rows"]!.Items(), r => r.Text("entity") == "CallerVerification" && r.Text("detail")!.Contains("Failed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Verify_AgentNotOnTheRecord_StaysWithheld()
    {
        // R-077: an agent's identity is verified before the call goes on; this client has no agent on record.
        var (clientId, _) = await Clients.ClientRecords.CreateAsync(server);
        var csr = await server.AsAsync(Accounts.Csr);
        var callId = await StartAsync(csr, clientId);

        using var response = await csr.PostJsonAsync($"/api/calls/{callId}/verification", new { callerKind = "agent", callerName = "Mere Tūhoe", asked = ThreeQuestions, correct = ThreeQuestions });

        var call = await response.ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("failed", call.Text("verification"));
        Assert.Contains("no agent on record", call.Text("verificationNote"), StringComparison.Ordinal);
        Assert.Null(call["details"]);
    }

    [Fact]
    public async Task Call_OfAnotherPerson_Returns403()
    {
        var (clientId, _) = await Clients.ClientRecords.CreateAsync(server);
        var callId = await StartAsync(await server.AsAsync(Accounts.Csr), clientId);

        using var response = await (await server.AsAsync(Accounts.CaseManager)).GetAsync($"/api/calls/{callId}");

        Assert.Equal("call-not-yours", (await response.ReadProblemAsync(HttpStatusCode.Forbidden)).Text("rule"));
    }

    [Fact]
    public async Task Verify_WithoutQuestions_Returns422NamingR078()
    {
        var (clientId, _) = await Clients.ClientRecords.CreateAsync(server);
        var csr = await server.AsAsync(Accounts.Csr);
        var callId = await StartAsync(csr, clientId);

        using var response = await csr.PostJsonAsync($"/api/calls/{callId}/verification", new { callerKind = "client", asked = Array.Empty<string>(), correct = Array.Empty<string>() });

        Assert.Equal("R-078", (await response.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).Text("rule"));
    }

    [Fact]
    public async Task CallPage_ShowsNotVerifiedUntilTheVerificationIsRecorded()
    {
        // R-078: until verification is recorded the screen shows the record as not verified.
        var (clientId, _) = await Clients.ClientRecords.CreateAsync(server);
        var number = (await (await server.AsAsync(Accounts.Csr)).GetJsonAsync($"/api/clients/{clientId}")).Text("clientNumber");
        using var pages = await server.PagesAsAsync(Accounts.Csr);
        var search = await pages.GetAsync($"/calls/new?q={Uri.EscapeDataString(number!)}");
        using var started = await pages.SubmitAsync(search, $"#call-clients form:has(input[value='{clientId}'])", new Dictionary<string, string>());
        var callUrl = started.Headers.Location!.OriginalString;

        var page = await pages.GetAsync(callUrl);
        Assert.StartsWith("Not verified", page.Document.QuerySelector("#verification-status")?.TextContent.Trim(), StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("#withheld"));

        using (var verify = await pages.SubmitAsync(page, "#verify-form", new Dictionary<string, string>
        {
            ["callerKind"] = "Client", ["q-FullName"] = "correct", ["q-CurrentAndPreviousAddress"] = "correct", ["q-IrdEmailOrPhone"] = "correct",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, verify.StatusCode);
        }

        page = await pages.GetAsync(callUrl);
        Assert.StartsWith("Verified", page.Document.QuerySelector("#verification-status")?.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("12 Queen Street", page.Document.QuerySelector("#client-details")?.TextContent, StringComparison.Ordinal);
    }

    private static async Task<Guid> StartAsync(ApiClient api, Guid clientId)
    {
        using var started = await api.PostJsonAsync("/api/calls", new { clientId, direction = "outbound" });
        return (await started.ReadJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<Guid>();
    }
}

[Collection(SqliteServer.Collection)]
public sealed class CallVerificationTestsSqlite(SqliteServer server) : CallVerificationTests(server);

[Collection(PostgresServer.Collection)]
public sealed class CallVerificationTestsPostgres(PostgresServer server) : CallVerificationTests(server);
