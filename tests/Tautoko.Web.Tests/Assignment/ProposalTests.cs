using System.Net;
using System.Text.Json.Nodes;
using Tautoko.Core.Caseloads;
using Tautoko.Web.Tests.Caseloads;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Assignment;

/// <summary>
/// Assignment proposals over HTTP: solved for the weights shown beside them, explained client by client,
/// overridden with who and why, compared, and applied once in one transaction (R-014–R-021, R-081).
/// </summary>
public abstract class ProposalTests(TautokoServer server)
{
    private static readonly string[] PhoneExceptionFlags =
    [
        "needsFaceToFace", "lowTrust", "voluntaryUnemploymentOrRecompliance", "obligationsFailureOrSanction",
        "emergencyHousingOrHomeless", "homeDetentionOrPostDetention", "refugeeQuota",
    ];

    private async Task<Guid> ProposeAsync(string account, object body)
    {
        using var response = await (await server.AsAsync(account)).PostJsonAsync("/api/assignment/proposals", body);
        return (await response.ReadJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<Guid>();
    }

    private async Task<JsonArray> LinesAsync(string account, Guid proposal) =>
        (await (await server.AsAsync(account)).GetJsonAsync($"/api/assignment/proposals/{proposal}/lines?pageSize=100")).Items();

    [Fact]
    public async Task Propose_Site_ShowsWeightsMixAndWaiting_AndRespectsFreePlaces_R014_R015()
    {
        var id = await ProposeAsync(Accounts.Connector, new { scope = "site", id = await server.MastertonSiteIdAsync() });
        var connector = await server.AsAsync(Accounts.Connector);

        var proposal = await connector.GetJsonAsync($"/api/assignment/proposals/{id}");

        Assert.Equal("proposed", proposal.Text("status"));
        Assert.Equal(1000, proposal["policy"]!["weights"]!["keepFull"]!.GetValue<int>());
        Assert.Equal(50, proposal["policy"]!["mix"]!["youth"]!.GetValue<int>());
        Assert.Contains(proposal["figures"]!["implications"]!.AsArray(), n => n!.GetValue<string>().StartsWith("The mix comes before priority", StringComparison.Ordinal));
        Assert.NotNull(proposal["figures"]!["waiting"]!["median"]);
        Assert.True(proposal["figures"]!["reasons"]!.AsObject().Count > 0);
        var caseloads = proposal["caseloads"]!.AsArray();
        Assert.NotEmpty(caseloads);
        foreach (var caseload in caseloads)
        {
            Assert.Equal(caseload!["capacity"]!.GetValue<int>(), caseload["targets"]!.AsArray().Sum(t => t!.GetValue<int>()));
            Assert.True(caseload["filledAfter"]!.GetValue<int>() <= caseload["capacity"]!.GetValue<int>(), "R-014: never over capacity");
        }

        var lines = await LinesAsync(Accounts.Connector, id);
        Assert.Equal(proposal["proposed"]!.GetValue<int>(), lines.Count);
        Assert.All(lines, l => Assert.StartsWith("Assigned to", l.Text("explanation"), StringComparison.Ordinal));
        Assert.All(lines, l => Assert.NotNull(l.Text("cohort")));
        foreach (var group in lines.GroupBy(l => l!["caseManagerId"]!.GetValue<Guid>()))
        {
            var slot = caseloads.First(c => c!["staffId"]!.GetValue<Guid>() == group.Key)!;
            Assert.Equal(group.Count(), slot["added"]!.GetValue<int>());
            Assert.True(group.Count() <= slot["capacity"]!.GetValue<int>() - slot["filledBefore"]!.GetValue<int>());
        }
    }

    [Fact]
    public async Task Propose_NeverIncludesLmi1Clients_AndExplainsWhy_R019_R020()
    {
        var clientId = await CaseloadTestData.NewClientAsync(server);
        using (var tagged = await (await server.AsAsync(Accounts.EmploymentCaseManager)).PostJsonAsync($"/api/clients/{clientId}/tags", new { code = "LMI1", reason = "Model score 0.77." }))
        {
            await tagged.ReadJsonAsync(HttpStatusCode.OK);
        }

        var id = await ProposeAsync(Accounts.Connector, new { scope = "site", id = await server.MastertonSiteIdAsync() });

        Assert.DoesNotContain(await LinesAsync(Accounts.Connector, id), l => l!["clientId"]!.GetValue<Guid>() == clientId);
        var explanation = await (await server.AsAsync(Accounts.Connector)).GetJsonAsync($"/api/assignment/proposals/{id}/clients/{clientId}");
        Assert.Equal("Not assigned", explanation.Text("outcome"));
        Assert.Contains("Labour Market Indicator 1", explanation.Text("explanation"), StringComparison.Ordinal);

        // R-120: reading a client's explanation is audited.
        var audit = await (await server.AsAsync(Accounts.Manager)).GetJsonAsync($"/api/clients/{clientId}/audit");
        Assert.Contains(audit["rows"]!.Items(), r => r.Text("action") == "Read" && r.Text("detail") == "Proposal explanation: Not assigned");
    }

    [Fact]
    public async Task Propose_EveryClientInScope_HasAnExplanation()
    {
        var id = await ProposeAsync(Accounts.Connector, new { scope = "site", id = await server.MastertonSiteIdAsync() });

        var page = await (await server.AsAsync(Accounts.Connector)).GetJsonAsync($"/api/assignment/proposals/{id}/clients?pageSize=50");

        Assert.True(page["totalCount"]!.GetValue<int>() > 0);
        Assert.All(page.Items(), c => Assert.False(string.IsNullOrWhiteSpace(c.Text("explanation"))));
        Assert.Contains(page.Items(), c => c.Text("outcome") is "Assigned" or "Not assigned");
    }

    [Fact]
    public async Task Propose_PhoneBasedUnit_TakesOnlyEligibleJobseekersOfServedRegions_R017_R018()
    {
        var national = await server.AsAsync(Accounts.NationalOffice);
        var sites = await national.GetJsonAsync("/api/sites?pageSize=100");
        var unit = sites.Items().First(s => s.Text("name")!.StartsWith("Napier Phone-based", StringComparison.Ordinal))!;

        var id = await ProposeAsync(Accounts.NationalOffice, new { scope = "site", id = unit["id"]!.GetValue<Guid>() });

        var lines = await LinesAsync(Accounts.NationalOffice, id);
        Assert.All(lines, l => Assert.Equal("PBCM", l.Text("service")));
        foreach (var line in lines.Take(30))
        {
            var client = await national.GetJsonAsync($"/api/clients/{line!["clientId"]!.GetValue<Guid>()}");
            Assert.Equal("jobseekerSupportWorkReady", client.Text("benefit"));
            var flags = client["flagValues"]?.GetValue<string>() ?? string.Empty;
            Assert.DoesNotContain(PhoneExceptionFlags, f => flags.Contains(f, StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(client["tags"]!.AsArray(), t => t.Text("shortName") is "LMI1" or "LTCM" && t!["removedAt"] is null);
        }
    }

    [Fact]
    public async Task Apply_PlacesEveryLineOnce_ApplyingAgainDoesNothing_WhoPlacedIsShown_R014()
    {
        var national = await server.AsAsync(Accounts.NationalOffice);
        var sites = await national.GetJsonAsync("/api/sites?kind=serviceCentre&pageSize=100");
        Guid site = default;
        JsonNode? before = null;
        foreach (var candidate in sites.Items().Where(s => s.Text("name") != "Masterton"))
        {
            // A centre other than Masterton (which the other tests use) with free employment places.
            var view = await national.GetJsonAsync($"/api/caseloads/sites/{candidate!["id"]!.GetValue<Guid>()}");
            if (view["total"]!["employmentFree"]!.GetValue<int>() > 0)
            {
                site = candidate["id"]!.GetValue<Guid>();
                before = view;
                break;
            }
        }

        Assert.NotNull(before);
        var id = await ProposeAsync(Accounts.NationalOffice, new { scope = "site", id = site });
        var lines = await LinesAsync(Accounts.NationalOffice, id);
        Assert.NotEmpty(lines);

        using var applied = await national.PostJsonAsync($"/api/assignment/proposals/{id}/apply", new { });
        var result = await applied.ReadJsonAsync(HttpStatusCode.OK);
        Assert.False(result["alreadyApplied"]!.GetValue<bool>());
        Assert.Equal(lines.Count, result["placements"]!.GetValue<int>());

        using var again = await national.PostJsonAsync($"/api/assignment/proposals/{id}/apply", new { });
        var second = await again.ReadJsonAsync(HttpStatusCode.OK);
        Assert.True(second["alreadyApplied"]!.GetValue<bool>());

        var after = await national.GetJsonAsync($"/api/caseloads/sites/{site}");
        Assert.Equal(before!["total"]!["filled"]!.GetValue<int>() + lines.Count, after["total"]!["filled"]!.GetValue<int>());
        var placed = await CaseloadTestData.ClientCaseloadAsync(server, lines[0]!["clientId"]!.GetValue<Guid>(), Accounts.NationalOffice);
        Assert.Equal("Assignment proposal", placed["current"].Text("placedHow"));
        Assert.Equal(await server.StaffNameAsync(Accounts.NationalOffice), placed["current"].Text("placedBy"));
        Assert.Equal("applied", (await national.GetJsonAsync($"/api/assignment/proposals/{id}")).Text("status"));

        // A new proposal for the same site leaves the placed clients where they are (continuity).
        var next = await ProposeAsync(Accounts.NationalOffice, new { scope = "site", id = site });
        Assert.DoesNotContain(await LinesAsync(Accounts.NationalOffice, next), l => lines.Any(p => p!["clientId"]!.GetValue<Guid>() == l!["clientId"]!.GetValue<Guid>()));
    }

    [Fact]
    public async Task Override_WithdrawAndAdd_RecordWhoAndWhy_ThenReject()
    {
        var id = await ProposeAsync(Accounts.Connector, new { scope = "site", id = await server.MastertonSiteIdAsync() });
        var connector = await server.AsAsync(Accounts.Connector);
        var lines = await LinesAsync(Accounts.Connector, id);
        Assert.NotEmpty(lines);
        var first = lines[0]!;

        using (var noReason = await connector.PostJsonAsync($"/api/assignment/proposals/{id}/overrides", new { action = "withdraw", lineId = first["id"]!.GetValue<Guid>() }))
        {
            await noReason.ReadProblemAsync(HttpStatusCode.BadRequest);
        }

        using (var withdrawn = await connector.PostJsonAsync($"/api/assignment/proposals/{id}/overrides", new { action = "withdraw", lineId = first["id"]!.GetValue<Guid>(), reason = "Client moving to Australia next week." }))
        {
            await withdrawn.ReadJsonAsync(HttpStatusCode.OK);
        }

        var newClient = await CaseloadTestData.NewClientAsync(server);
        using (var added = await connector.PostJsonAsync($"/api/assignment/proposals/{id}/overrides", new { action = "add", clientId = newClient, caseManagerId = first["caseManagerId"]!.GetValue<Guid>(), reason = "High hardship count: needs an assigned case manager (R-080)." }))
        {
            await added.ReadJsonAsync(HttpStatusCode.OK);
        }

        var after = await LinesAsync(Accounts.Connector, id);
        var withdrawnLine = after.First(l => l!["id"]!.GetValue<Guid>() == first["id"]!.GetValue<Guid>())!;
        Assert.True(withdrawnLine["withdrawn"]!.GetValue<bool>());
        Assert.Equal("Client moving to Australia next week.", withdrawnLine.Text("overrideReason"));
        Assert.Equal(await server.StaffNameAsync(Accounts.Connector), withdrawnLine.Text("overriddenBy"));
        var addedLine = after.First(l => l!["clientId"]!.GetValue<Guid>() == newClient)!;
        Assert.Equal("override", addedLine.Text("origin"));
        Assert.Contains("R-080", addedLine.Text("explanation"), StringComparison.Ordinal);

        using (var rejected = await connector.PostJsonAsync($"/api/assignment/proposals/{id}/reject", new { reason = "Reviewing with the manager first." }))
        {
            await rejected.ReadJsonAsync(HttpStatusCode.OK);
        }

        using var apply = await connector.PostJsonAsync($"/api/assignment/proposals/{id}/apply", new { });
        await apply.ReadProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task WhatIf_LeaveAndCapacity_ComparedSideBySide_CapacityWhatIfIsNotApplied()
    {
        var masterton = await server.MastertonSiteIdAsync();
        var employment = await CaseloadTestData.StaffIdAsync(server, Accounts.EmploymentCaseManager);
        var a = await ProposeAsync(Accounts.NationalOffice, new { scope = "site", id = masterton });
        var b = await ProposeAsync(Accounts.NationalOffice, new { scope = "site", id = masterton, whatIf = new { capacities = new Dictionary<string, int> { ["ECM"] = 110 }, onLeave = new[] { employment }, mix = new { youth = 40, underTwoYears = 30, overTwoYears = 15, withChildren = 15 } } });
        var national = await server.AsAsync(Accounts.NationalOffice);

        var proposalB = await national.GetJsonAsync($"/api/assignment/proposals/{b}");
        Assert.Contains(proposalB["figures"]!["excludedCaseManagers"]!.AsArray(), n => n!.GetValue<string>().Contains("assumed on leave", StringComparison.Ordinal));
        Assert.DoesNotContain(proposalB["caseloads"]!.AsArray(), c => c!["staffId"]!.GetValue<Guid>() == employment);
        Assert.False(proposalB["applicable"]!.GetValue<bool>());
        Assert.Equal(40, proposalB["policy"]!["mix"]!["youth"]!.GetValue<int>());

        var comparison = await national.GetJsonAsync($"/api/assignment/proposals/compare?a={a}&b={b}");
        var rows = comparison["rows"]!.AsArray();
        Assert.Contains(rows, r => r.Text("measure") == "Target mix" && r.Text("a") == "50/30/10/10" && r.Text("b") == "40/30/15/15");
        Assert.Contains(rows, r => r.Text("measure")!.StartsWith("Mix distance", StringComparison.Ordinal));

        using var apply = await national.PostJsonAsync($"/api/assignment/proposals/{b}/apply", new { });
        Assert.Equal("R-014", (await apply.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).Text("rule"));
    }

    [Fact]
    public async Task Propose_OutsideYourScopeOrRole_IsRefused_R081()
    {
        using (var csr = await (await server.AsAsync(Accounts.Csr)).PostJsonAsync("/api/assignment/proposals", new { scope = "site", id = await server.MastertonSiteIdAsync() }))
        {
            await csr.ReadProblemAsync(HttpStatusCode.Forbidden);
        }

        using (var national = await (await server.AsAsync(Accounts.Connector)).PostJsonAsync("/api/assignment/proposals", new { scope = "national" }))
        {
            await national.ReadProblemAsync(HttpStatusCode.Forbidden);
        }

        using (var unknown = await (await server.AsAsync(Accounts.Connector)).PostJsonAsync("/api/assignment/proposals", new { scope = "planet" }))
        {
            Assert.NotNull((await unknown.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]!["scope"]);
        }

        using var missing = await (await server.AsAsync(Accounts.NationalOffice)).PostJsonAsync("/api/assignment/proposals", new { scope = "site", id = Guid.NewGuid() });
        await missing.ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Policy_ShownToAll_ChangedOnlyByNationalOffice_MixMustAddTo100_R015()
    {
        var policy = await (await server.AsAsync(Accounts.Connector)).GetJsonAsync("/api/assignment/policy");
        Assert.Equal(150, policy["policy"]!["weights"]!["mixOvershoot"]!.GetValue<int>());

        using (var connector = await (await server.AsAsync(Accounts.Connector)).PutJsonAsync("/api/assignment/policy", new { mix = new { youth = 60, underTwoYears = 20, overTwoYears = 10, withChildren = 10 } }, null))
        {
            await connector.ReadProblemAsync(HttpStatusCode.Forbidden);
        }

        var national = await server.AsAsync(Accounts.NationalOffice);
        var weights = policy["policy"]!["weights"]!;
        var version = policy["version"]!.GetValue<int>();
        using (var invalid = await national.PutJsonAsync("/api/assignment/policy", new { weights, mix = new { youth = 60, underTwoYears = 20, overTwoYears = 10, withChildren = 5 }, version }, null))
        {
            Assert.NotNull((await invalid.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]!["mix"]);
        }

        // A PUT replaces the whole policy: an empty body, or one without the version read, is refused and changes nothing.
        using (var empty = await national.PutJsonAsync("/api/assignment/policy", new { }, null))
        {
            var errors = (await empty.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]!;
            Assert.NotNull(errors["weights"]);
            Assert.NotNull(errors["mix"]);
            Assert.NotNull(errors["version"]);
        }

        using (var noVersion = await national.PutJsonAsync("/api/assignment/policy", new { weights, mix = new { youth = 50, underTwoYears = 30, overTwoYears = 10, withChildren = 10 } }, null))
        {
            Assert.NotNull((await noVersion.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]!["version"]);
        }

        using (var stale = await national.PutJsonAsync("/api/assignment/policy", new { weights, mix = new { youth = 50, underTwoYears = 30, overTwoYears = 10, withChildren = 10 }, version = version + 7 }, null))
        {
            await stale.ReadProblemAsync(HttpStatusCode.Conflict);
        }

        Assert.Equal(version, (await national.GetJsonAsync("/api/assignment/policy"))["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task Propose_National_ByNationalOffice_CoversEverySite_AndCountsCaseloadsAsTheSiteProposalDoes_R014_R015()
    {
        // The national proposal reads its facts and each caseload's present cohorts by another path than a site's
        // (one set-based pass over every client); for the same caseloads both must see the same thing.
        var masterton = await server.MastertonSiteIdAsync();
        var siteId = await ProposeAsync(Accounts.NationalOffice, new { scope = "site", id = masterton });
        var nationalId = await ProposeAsync(Accounts.NationalOffice, new { scope = "national" });
        var national = await server.AsAsync(Accounts.NationalOffice);

        var site = await national.GetJsonAsync($"/api/assignment/proposals/{siteId}");
        var whole = await national.GetJsonAsync($"/api/assignment/proposals/{nationalId}");

        Assert.Equal("national", whole.Text("scope"));
        var caseloads = whole["caseloads"]!.AsArray();
        Assert.True(caseloads.Select(c => c.Text("site")).Distinct(StringComparer.Ordinal).Count() > 1, "Caseloads of more than one site");
        foreach (var caseload in caseloads)
        {
            Assert.Equal(caseload!["capacity"]!.GetValue<int>(), caseload["targets"]!.AsArray().Sum(t => t!.GetValue<int>()));
            Assert.True(caseload["filledAfter"]!.GetValue<int>() <= caseload["capacity"]!.GetValue<int>(), "R-014: never over capacity");
            Assert.Equal(caseload["filledBefore"]!.GetValue<int>() + caseload["added"]!.GetValue<int>(), caseload["filledAfter"]!.GetValue<int>());
        }

        Assert.True(whole["clientsInScope"]!.GetValue<int>() >= site["clientsInScope"]!.GetValue<int>());
        var explained = await national.GetJsonAsync($"/api/assignment/proposals/{nationalId}/clients?pageSize=1");
        Assert.Equal(whole["clientsInScope"]!.GetValue<int>(), explained["totalCount"]!.GetValue<int>());

        // R-015: each Masterton caseload's cohorts before the proposal (after, less what the proposal adds) agree.
        var cohorts = PriorityCohorts.All.Select(k => k.DisplayName()).ToList();
        foreach (var local in site["caseloads"]!.AsArray())
        {
            var staffId = local!["staffId"]!.GetValue<Guid>();
            var same = caseloads.Single(c => c!["staffId"]!.GetValue<Guid>() == staffId)!;
            Assert.Equal(local["filledBefore"]!.GetValue<int>(), same["filledBefore"]!.GetValue<int>());
            Assert.Equal(await BeforeAsync(siteId, local), await BeforeAsync(nationalId, same));
        }

        async Task<IReadOnlyList<int>> BeforeAsync(Guid proposal, JsonNode caseload)
        {
            var lines = await national.GetJsonAsync($"/api/assignment/proposals/{proposal}/lines?pageSize=100&caseManagerId={caseload["staffId"]!.GetValue<Guid>()}");
            Assert.True(lines["totalCount"]!.GetValue<int>() <= 100);
            var after = caseload["after"]!.AsArray().Select(n => n!.GetValue<int>()).ToList();
            return [.. cohorts.Select((name, k) => after[k] - lines.Items().Count(l => l.Text("cohort") == name))];
        }
    }

    [Fact]
    public async Task Propose_Region_IncludesThePhoneBasedUnitsServingIt_R017()
    {
        var manager = await server.AsAsync(Accounts.Manager);
        var site = await manager.GetJsonAsync($"/api/caseloads/sites/{await server.MastertonSiteIdAsync()}");
        var id = await ProposeAsync(Accounts.Manager, new { scope = "region", id = site["regionId"]!.GetValue<Guid>() });

        var proposal = await manager.GetJsonAsync($"/api/assignment/proposals/{id}");

        Assert.Contains(proposal["caseloads"]!.AsArray(), c => c.Text("service") == "PBCM");
        Assert.Contains(proposal["caseloads"]!.AsArray(), c => c.Text("service") == "ECM");
    }
}

[Collection(SqliteServer.Collection)]
public sealed class ProposalTestsSqlite(SqliteServer server) : ProposalTests(server);

[Collection(PostgresServer.Collection)]
public sealed class ProposalTestsPostgres(PostgresServer server) : ProposalTests(server);
