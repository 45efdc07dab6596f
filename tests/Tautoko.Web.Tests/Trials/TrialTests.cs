using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.Trials;
using Tautoko.Data;
using Tautoko.Web.Tests.Caseloads;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Trials;

/// <summary>
/// Randomised trials through HTTP (SPEC §10, seed 004 §3.1; R-110–R-113): define, select with "why not eligible",
/// randomise once (reproducible from the recorded seed, balanced per stratum, the database refusing a second row), the
/// control group protected from every placement path into the tested service, assignment by site, and the outcome report.
/// The clients' benefit histories are written straight into the store (the API records today's benefit, not history).
/// </summary>
public abstract class TrialTests(TautokoServer server)
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(13));

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A client born on <paramref name="born"/> with the given benefit spells (oldest first).</summary>
    private async Task<Guid> ClientWithHistoryAsync(DateOnly born, params (BenefitType Benefit, WorkObligation Obligation, DateOnly From, DateOnly? To)[] spells)
    {
        var id = await CaseloadTestData.NewClientAsync(server, d =>
        {
            d["dateOfBirth"] = Iso(born);
            return d;
        });
        using var scope = server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
        foreach (var (benefit, obligation, from, to) in spells)
        {
            var spell = new BenefitSpell(Guid.CreateVersion7(), new ClientId(id), benefit, obligation, from);
            if (to is { } end)
            {
                spell.End(end, BenefitEndReason.OtherBenefit);
            }

            db.BenefitSpells.Add(spell);
        }

        await db.SaveChangesAsync();
        return id;
    }

    private static async Task<Guid> DefineAsync(ApiClient api, object body)
    {
        using var response = await api.PostJsonAsync("/api/trials", body);
        return (await response.ReadJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<Guid>();
    }

    [Fact]
    public async Task Define_IcsX_EligibleListAndWhyNot_OnBoundaryAgesAndDates_R110_R111_R112()
    {
        // seed 004 §3.1: "first entered the welfare system before the age of 20 … aged 25-29 … aged 30-39 on the selection date".
        var s = Today.AddYears(-9).AddDays(-11);
        var turning25 = await ClientWithHistoryAsync(s.AddYears(-25), (BenefitType.JobseekerSupportWorkReady, WorkObligation.FullTime, s.AddYears(-7), null));
        var turning40 = await ClientWithHistoryAsync(s.AddYears(-40), (BenefitType.JobseekerSupportWorkReady, WorkObligation.FullTime, s.AddYears(-22), null));
        var firstAt20 = await ClientWithHistoryAsync(s.AddYears(-30), (BenefitType.JobseekerSupportHealthConditionOrDisability, WorkObligation.PartTime, s.AddYears(-10), null));
        var dayBefore20 = await ClientWithHistoryAsync(s.AddYears(-30), (BenefitType.JobseekerSupportHealthConditionOrDisability, WorkObligation.WorkPreparation, s.AddYears(-10).AddDays(-1), null));
        var sicknessFirst = await ClientWithHistoryAsync(s.AddYears(-33),
            (BenefitType.SicknessBenefit, WorkObligation.None, s.AddYears(-15), s.AddYears(-14)),
            (BenefitType.JobseekerSupportWorkReady, WorkObligation.FullTime, s.AddYears(-14), null));
        var partTimeWorkReady = await ClientWithHistoryAsync(s.AddYears(-31), (BenefitType.JobseekerSupportWorkReady, WorkObligation.PartTime, s.AddYears(-13), null));

        var national = await server.AsAsync(Accounts.NationalOffice);
        var trial = await DefineAsync(national, new { name = "ICS trial (test)", service = "IntensiveClientSupport", selectionDate = Iso(s) });
        var view = await national.GetJsonAsync($"/api/trials/{trial}");
        Assert.Equal(["25–29", "30–39"], view["ageGroups"]!.AsArray().Select(g => g!.GetValue<string>()));
        Assert.Contains(view["criteria"]!.AsArray(), c => c!.GetValue<string>().Contains("before age 20 (R-111)", StringComparison.Ordinal));

        var eligible = (await national.GetJsonAsync($"/api/trials/{trial}/eligible"))["clients"]!.AsArray().Select(c => c!["clientId"]!.GetValue<Guid>()).ToHashSet();
        Assert.Contains(turning25, eligible);
        Assert.Contains(dayBefore20, eligible);
        Assert.DoesNotContain(turning40, eligible);
        Assert.DoesNotContain(firstAt20, eligible);
        Assert.DoesNotContain(sicknessFirst, eligible);
        Assert.DoesNotContain(partTimeWorkReady, eligible);

        async Task<JsonNode> Why(Guid client) => await national.GetJsonAsync($"/api/trials/{trial}/eligibility/{client}");
        var young = await Why(turning25);
        Assert.True(young["eligible"]!.GetValue<bool>());
        Assert.Equal("25–29", young.Text("ageGroup"));
        Assert.Equal("R-112: aged 40 on the selection date, outside the age groups 25–29 and 30–39.", (await Why(turning40))["reasons"]![0]!.GetValue<string>());
        Assert.StartsWith("R-111: first entered the benefit system on", (await Why(firstAt20))["reasons"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("Sickness Benefit", (await Why(sicknessFirst))["reasons"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("R-110:", (await Why(partTimeWorkReady))["reasons"]![0]!.GetValue<string>(), StringComparison.Ordinal);

        // Only national office selects; a case manager is refused.
        var caseManager = await server.AsAsync(Accounts.CaseManager);
        using (var refused = await caseManager.GetAsync($"/api/trials/{trial}/eligible"))
        {
            await refused.ReadProblemAsync(HttpStatusCode.Forbidden);
        }

        using (var refused = await caseManager.PostJsonAsync("/api/trials", new { name = "Mine", service = "IntensiveClientSupport", selectionDate = Iso(s) }))
        {
            await refused.ReadProblemAsync(HttpStatusCode.Forbidden);
        }
    }

    [Fact]
    public async Task Define_BadInput_ProblemNamesTheFields()
    {
        var national = await server.AsAsync(Accounts.NationalOffice);
        using var bad = await national.PostJsonAsync("/api/trials", new
        {
            name = " ",
            service = "EmploymentFaceToFace",
            selectionDate = "1990-01-01",
            treatmentWeight = 0,
            criteria = new { benefits = new[] { new { benefit = "jobseekerSupportWorkReady", obligations = new[] { "fullTime" } } }, ageGroups = new[] { new { from = 25, to = 30 }, new { from = 30, to = 39 } } },
        });
        var errors = (await bad.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]!;
        foreach (var field in new[] { "name", "service", "selectionDate", "treatmentWeight", "criteria.ageGroups" })
        {
            Assert.NotNull(errors[field]);
        }
    }

    [Fact]
    public async Task Randomise_OnceReproducibleBalanced_ControlsProtectedOnEveryPath_R113()
    {
        // Criteria as data: an unusual combination (Emergency Benefit, part-time) so only this test's clients are eligible.
        var s = Today.AddYears(-9).AddDays(-23);
        var clients = new List<Guid>();
        for (var i = 0; i < 16; i++)
        {
            var age = i < 8 ? 26 : 34;
            clients.Add(await ClientWithHistoryAsync(s.AddYears(-age).AddDays(-i), (BenefitType.EmergencyBenefit, WorkObligation.PartTime, s.AddYears(-2), i % 2 == 0 ? s.AddMonths(6 + i) : null)));
        }

        var national = await server.AsAsync(Accounts.NationalOffice);
        var trial = await DefineAsync(national, new
        {
            name = "Emergency Benefit part-time trial (test)",
            service = "IntensiveClientSupport",
            selectionDate = Iso(s),
            endsOn = Iso(Today.AddMonths(6)), // still running, so its control group is protected
            criteria = new
            {
                benefits = new[] { new { benefit = "emergencyBenefit", obligations = new[] { "partTime" } } },
                ageGroups = new[] { new { from = 25, to = 29 }, new { from = 30, to = 39 } },
            },
        });
        var eligible = (await national.GetJsonAsync($"/api/trials/{trial}/eligible"))["clients"]!.AsArray();
        Assert.All(clients, c => Assert.Contains(eligible, e => e!["clientId"]!.GetValue<Guid>() == c));

        using (var randomised = await national.PostJsonAsync($"/api/trials/{trial}/randomise", new { seed = 20240301L }))
        {
            var draw = await randomised.ReadJsonAsync(HttpStatusCode.OK);
            Assert.Equal(20240301L, draw["seed"]!.GetValue<long>());
            Assert.All(draw["strata"]!.AsArray(), st => Assert.InRange(st!["treatment"]!.GetValue<int>() - st["control"]!.GetValue<int>(), -1, 1));
        }

        using (var again = await national.PostJsonAsync($"/api/trials/{trial}/randomise", new { seed = 1L }))
        {
            Assert.Equal("R-113", (await again.ReadProblemAsync(HttpStatusCode.Conflict)).Text("rule"));
        }

        // Reproducible: the recorded seed and the eligible list give the same draw, computed here apart from the server.
        var assignments = await national.GetJsonAsync($"/api/trials/{trial}/assignments");
        Assert.Equal(20240301L, assignments["seed"]!.GetValue<long>());
        var arms = assignments["clients"]!.AsArray().ToDictionary(a => a!["clientId"]!.GetValue<Guid>(), a => a!.Text("arm"));
        var candidates = eligible.Select(e => new Candidate(new ClientId(e!["clientId"]!.GetValue<Guid>()), e.Text("ageGroup")!, new SiteId(e["siteId"]!.GetValue<Guid>()))).ToList();
        var again2 = TrialRandomisation.Assign(candidates, 20240301L, false, 1, 1, null);
        Assert.All(again2.Draws, d => Assert.Equal(d.Arm == TrialArm.Treatment ? "treatment" : "control", arms[d.ClientId.Value]));

        // The database keeps one assignment per trial and client: a second row is refused.
        using (var scope = server.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
            var one = await db.TrialAssignments.AsNoTracking().FirstAsync(a => a.TrialId == trial);
            db.TrialAssignments.Add(new TrialAssignment(Guid.CreateVersion7(), trial, one.ClientId, one.Arm == TrialArm.Control ? TrialArm.Treatment : TrialArm.Control, one.Stratum, one.AgeGroup, one.SiteId, 999, DateTimeOffset.UtcNow));
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        var control = clients.First(c => arms[c] == "control");
        var treated = clients.First(c => arms[c] == "treatment");
        var ics = await CaseloadTestData.CaseloadOfAsync(server, "ICS");
        var icsStaff = ics["staffId"]!.GetValue<Guid>();

        // Direct placement (connector) and a case manager's add both go through the caseloads' placement: refused, R-113.
        var connector = await server.AsAsync(Accounts.Connector);
        using (var placed = await connector.PostJsonAsync($"/api/clients/{control}/placements", new { caseManagerId = icsStaff, reason = "Intensive Client Support referral." }))
        {
            var problem = await placed.ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
            Assert.Equal("R-113", problem.Text("rule"));
        }

        // A transfer request to an ICS case manager: refused, R-113.
        var manager = await server.AsAsync(Accounts.Manager);
        using (var transfer = await manager.PostJsonAsync($"/api/clients/{control}/transfer-requests", new { toCaseManagerId = icsStaff, reasons = "Wants the ICS case manager." }))
        {
            Assert.Equal("R-113", (await transfer.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).Text("rule"));
        }

        // A treatment client is not protected (the caseload may still be full, R-014).
        using (var placed = await connector.PostJsonAsync($"/api/clients/{treated}/placements", new { caseManagerId = icsStaff, reason = "Intensive Client Support: trial treatment group." }))
        {
            Assert.True(placed.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, $"{(int)placed.StatusCode}");
            if (placed.StatusCode == HttpStatusCode.Conflict)
            {
                Assert.Equal("R-014", (await placed.ReadProblemAsync(HttpStatusCode.Conflict)).Text("rule"));
            }
        }

        // ICS case managers see their own site's assignment, without the seed; a case manager is refused.
        var icsm = await server.AsAsync(Accounts.Icsm);
        var site = await icsm.GetJsonAsync($"/api/trials/{trial}/assignments");
        Assert.Null(site["seed"]);
        Assert.Equal(16, site["clients"]!.AsArray().Count);
        using (var refused = await (await server.AsAsync(Accounts.CaseManager)).GetAsync($"/api/trials/{trial}/assignments"))
        {
            await refused.ReadProblemAsync(HttpStatusCode.Forbidden);
        }

        // Outcomes: national office sees the numbers (8 per arm: "too few" in words); outside it small cells are suppressed.
        var report = await national.GetJsonAsync($"/api/trials/{trial}/outcomes");
        Assert.False(report["protected"]!.GetValue<bool>());
        Assert.Contains("Welch", report.Text("method"), StringComparison.Ordinal);
        var twelve = report["timePoints"]![0]!;
        Assert.True(twelve["available"]!.GetValue<bool>());
        var all = twelve["groups"]![0]!;
        Assert.Equal(8, all["treatmentN"]!.GetValue<int>());
        Assert.Contains("Too few clients", all.Text("caution"), StringComparison.Ordinal);
        var protectedReport = await icsm.GetJsonAsync($"/api/trials/{trial}/outcomes");
        Assert.True(protectedReport["protected"]!.GetValue<bool>());
        Assert.Null(protectedReport["timePoints"]![0]!["groups"]![0]!["treatmentN"]);
        Assert.StartsWith("Suppressed", protectedReport["timePoints"]![0]!["groups"]![0]!.Text("caution"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OfferTreatment_ThroughTheAssignmentProposal_OverCapacityLeftUnassignedWithReason_ControlsRefused_R113_R014()
    {
        // More treatment clients than the Masterton ICS caseloads (60 each) have free places: 3 treatment to 1 control.
        var icsFree = (await CaseloadTestData.MastertonCaseloadsAsync(server)).Where(c => c.Text("serviceShortName") == "ICS").Sum(c => c!["free"]!.GetValue<int>());
        var count = (int)Math.Ceiling((icsFree + 2) * 4 / 3.0) + 2;
        var s = Today.AddYears(-7).AddDays(-41);
        var clients = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            // Emergency Benefit with full-time obligations: a combination only this test's clients have.
            clients.Add(await ClientWithHistoryAsync(s.AddYears(-33).AddDays(-i), (BenefitType.EmergencyBenefit, WorkObligation.FullTime, s.AddYears(-1), null)));
        }

        var national = await server.AsAsync(Accounts.NationalOffice);
        var trial = await DefineAsync(national, new
        {
            name = "Emergency Benefit full-time offer trial (test)",
            service = "IntensiveClientSupport",
            selectionDate = Iso(s),
            endsOn = Iso(Today.AddMonths(3)),
            criteria = new
            {
                benefits = new[] { new { benefit = "emergencyBenefit", obligations = new[] { "fullTime" } } },
                ageGroups = new[] { new { from = 30, to = 39 } },
            },
            treatmentWeight = 3,
            controlWeight = 1,
        });
        using (var randomised = await national.PostJsonAsync($"/api/trials/{trial}/randomise", new { seed = 4242L }))
        {
            await randomised.ReadJsonAsync(HttpStatusCode.OK);
        }

        var arms = (await national.GetJsonAsync($"/api/trials/{trial}/assignments"))["clients"]!.AsArray().ToDictionary(a => a!["clientId"]!.GetValue<Guid>(), a => a!.Text("arm"));
        var treated = clients.Where(c => arms[c] == "treatment").ToList();
        var control = clients.First(c => arms[c] == "control");
        Assert.True(treated.Count > icsFree, $"{treated.Count} treatment clients for {icsFree} free places");

        // The proposal: the assignment machinery's, scope "trial"; only treatment clients, only free places (R-014).
        Guid proposalId;
        using (var created = await national.PostJsonAsync("/api/assignment/proposals", new { scope = "trial", id = trial }))
        {
            proposalId = (await created.ReadJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<Guid>();
        }

        var proposal = await national.GetJsonAsync($"/api/assignment/proposals/{proposalId}");
        var free = proposal["freePlacesBefore"]!.GetValue<int>();
        Assert.Equal(treated.Count, proposal["candidates"]!.GetValue<int>());
        Assert.Equal(Math.Min(free, treated.Count), proposal["proposed"]!.GetValue<int>());
        var lines = (await national.GetJsonAsync($"/api/assignment/proposals/{proposalId}/lines?pageSize=100"))["items"]!.AsArray();
        Assert.All(lines, l => Assert.Contains(l!["clientId"]!.GetValue<Guid>(), treated));
        Assert.All(lines, l => Assert.Equal("ICS", l!.Text("service")));
        var unplaced = treated.First(c => lines.All(l => l!["clientId"]!.GetValue<Guid>() != c));
        var why = await national.GetJsonAsync($"/api/assignment/proposals/{proposalId}/clients/{unplaced}");
        Assert.Equal("Not assigned", why.Text("outcome"));
        Assert.Contains("R-014", why.Text("explanation"), StringComparison.Ordinal);
        var whyControl = await national.GetJsonAsync($"/api/assignment/proposals/{proposalId}/clients/{control}");
        Assert.Contains("R-113", whyControl.Text("explanation"), StringComparison.Ordinal);

        // A control client added by override is refused (R-113), and so is the apply of a line that holds one.
        var ics = await CaseloadTestData.CaseloadOfAsync(server, "ICS");
        var icsStaff = ics["staffId"]!.GetValue<Guid>();
        using (var added = await national.PostJsonAsync($"/api/assignment/proposals/{proposalId}/overrides", new { action = "add", clientId = control, caseManagerId = icsStaff, reason = "Asked for ICS at reception." }))
        {
            Assert.Equal("R-113", (await added.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).Text("rule"));
        }

        using (var scope = server.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
            db.ProposalLines.Add(new Tautoko.Core.Assignment.AssignmentProposalLine(
                Guid.CreateVersion7(), proposalId, new ClientId(control), new StaffId(icsStaff), new SiteId(await server.MastertonSiteIdAsync()), Tautoko.Core.Caseloads.CaseManagementService.IntensiveClientSupport,
                null, 0, false, "A line written before the trial's draw.", Tautoko.Core.Assignment.LineOrigin.Solver, null, null, null));
            await db.SaveChangesAsync();
        }

        using (var applied = await national.PostJsonAsync($"/api/assignment/proposals/{proposalId}/apply", new { }))
        {
            Assert.Equal("R-113", (await applied.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).Text("rule"));
        }

        using (var rejected = await national.PostJsonAsync($"/api/assignment/proposals/{proposalId}/reject", new { reason = "Checked the refusals; the ICS case manager offers instead." }))
        {
            await rejected.ReadJsonAsync(HttpStatusCode.OK);
        }

        // Outside national office a trial's proposal is for one's own site's treatment clients (R-081).
        var manager = await server.AsAsync(Accounts.Manager);
        using (var whole = await manager.PostJsonAsync("/api/assignment/proposals", new { scope = "trial", id = trial }))
        {
            Assert.Equal("R-081", (await whole.ReadProblemAsync(HttpStatusCode.Forbidden)).Text("rule"));
        }

        using (var own = await manager.PostJsonAsync("/api/assignment/proposals", new { scope = "trial", id = trial, siteId = await server.MastertonSiteIdAsync() }))
        {
            var ownId = (await own.ReadJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<Guid>();
            using var dropped = await manager.PostJsonAsync($"/api/assignment/proposals/{ownId}/reject", new { reason = "Made only to check who may propose for a trial." });
            await dropped.ReadJsonAsync(HttpStatusCode.OK);
        }

        using (var whatIf = await national.PostJsonAsync("/api/assignment/proposals", new { scope = "trial", id = trial, whatIf = new { onLeave = Array.Empty<Guid>() } }))
        {
            Assert.NotNull((await whatIf.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]!["whatIf"]);
        }

        // The ICS case manager offers the site's treatment clients: a proposal made and applied; the rest listed with a reason.
        var icsm = await server.AsAsync(Accounts.Icsm);
        JsonNode offer;
        using (var offered = await icsm.PostJsonAsync($"/api/trials/{trial}/offer-treatment", new { }))
        {
            offer = await offered.ReadJsonAsync(HttpStatusCode.OK);
        }

        var placed = offer["placed"]!.GetValue<int>();
        Assert.Equal(Math.Min(free, treated.Count), placed);
        Assert.Equal(treated.Count - placed, offer["noPlace"]!.GetValue<int>());
        var notPlaced = offer["notPlaced"]!.AsArray();
        Assert.Equal(treated.Count - placed, notPlaced.Count);
        Assert.All(notPlaced, n => Assert.Contains(n!["clientId"]!.GetValue<Guid>(), treated));
        Assert.All(notPlaced, n => Assert.Contains("R-014", n!.Text("reason"), StringComparison.Ordinal));
        var offerProposal = await national.GetJsonAsync($"/api/assignment/proposals/{offer["proposalId"]!.GetValue<Guid>()}");
        Assert.Equal(placed, offerProposal["applied"]!.GetValue<int>());
        Assert.Equal("trial", offerProposal.Text("scope"));

        // The review page shows a trial's proposal without the cohort tables of an employment one.
        using (var pages = await server.PagesAsAsync(Accounts.NationalOffice))
        {
            var review = await pages.GetAsync($"/assignment/{offer["proposalId"]!.GetValue<Guid>()}");
            Assert.Contains("treatment clients (R-113)", review.Document.QuerySelector("#policy")!.TextContent, StringComparison.Ordinal);
            Assert.Null(review.Document.QuerySelector("#mix-summary"));
            Assert.Equal(placed, review.Document.QuerySelectorAll("#caseload-mix tbody tr").Sum(r => int.Parse(r.QuerySelectorAll("td")[2].TextContent.Split("(+")[1].TrimEnd(')'), CultureInfo.InvariantCulture)));
        }

        // Placed are treatment clients with an ICS case manager; no control client is.
        var after = (await national.GetJsonAsync($"/api/trials/{trial}/assignments"))["clients"]!.AsArray();
        Assert.Equal(placed, after.Count(a => a!.Text("arm") == "treatment" && a.Text("placedWith") is not null));
        Assert.DoesNotContain(after, a => a!.Text("arm") == "control" && a.Text("placedWith") is not null);
        var mastertonIcs = (await CaseloadTestData.MastertonCaseloadsAsync(server)).Where(c => c.Text("serviceShortName") == "ICS").ToList();
        Assert.All(mastertonIcs, c => Assert.True(c!["filled"]!.GetValue<int>() <= c["capacity"]!.GetValue<int>()));

        // Offering again places no one twice.
        using (var again = await icsm.PostJsonAsync($"/api/trials/{trial}/offer-treatment", new { }))
        {
            var second = await again.ReadJsonAsync(HttpStatusCode.OK);
            Assert.Equal(0, second["placed"]!.GetValue<int>());
            Assert.Equal(placed, second["alreadyPlaced"]!.GetValue<int>());
        }

        // The trial page's Offer button: the same offer, and a table of who is left without a place and why.
        using (var pages = await server.PagesAsAsync(Accounts.Icsm))
        {
            var page = await pages.GetAsync($"/trials/{trial}");
            using var posted = await pages.SubmitAsync(page, "form[action*='handler=Offer']", new Dictionary<string, string>());
            var shown = await PageClient.ParseAsync(posted);
            var rows = shown.Document.QuerySelectorAll("#not-placed tbody tr");
            Assert.Equal(treated.Count - placed, rows.Length);
            Assert.All(rows, r => Assert.Contains("R-014", r.TextContent, StringComparison.Ordinal));
        }

        // The shared test server's ICS caseloads get their places back.
        var staffIds = mastertonIcs.Select(c => new StaffId(c!["staffId"]!.GetValue<Guid>())).ToList();
        foreach (var staff in staffIds)
        {
            for (var n = 0; n < placed; n++)
            {
                await using var scope = server.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
                var ids = treated.Select(t => new ClientId(t)).ToList();
                if (!await db.Placements.AnyAsync(p => p.CaseManagerId == staff && p.EndedAt == null && ids.Contains(p.ClientId)))
                {
                    break;
                }

                await IcsTestData.MakeRoomAsync(server, staff.Value, ids);
            }
        }
    }
}

[Collection(SqliteServer.Collection)]
public sealed class TrialTestsSqlite(SqliteServer server) : TrialTests(server);

[Collection(PostgresServer.Collection)]
public sealed class TrialTestsPostgres(PostgresServer server) : TrialTests(server);
