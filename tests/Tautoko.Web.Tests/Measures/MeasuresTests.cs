using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tautoko.Core.Appointments;
using Tautoko.Core.Audit;
using Tautoko.Core.Common;
using Tautoko.Data;
using Tautoko.Data.Measures;
using Tautoko.Web.Tests.Appointments;
using Tautoko.Web.Tests.Caseloads;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Measures;

/// <summary>
/// Monitors and measures through HTTP (SPEC §9): the daily facts follow events as they are written and equal a rebuild
/// from source; each measure carries its target and definition; the drill-down lists the clients behind a number,
/// audited one row each, and is refused (and audited) outside the caller's site.
/// </summary>
public abstract class MeasuresTests(TautokoServer server)
{
    private static string Day(int daysAhead) => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(13)).AddDays(daysAhead).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task PlacementAndPlan_UpdateTheFactsAsTheyHappen_EqualARebuild_DrillDownAudited_R062_R063_R033()
    {
        await RebuildAsync();
        var caseload = await CaseloadTestData.CaseloadWithRoomAsync(server, "ECM");
        var staffId = caseload["staffId"]!.GetValue<Guid>();
        var manager = await server.AsAsync(Accounts.Manager);
        var path = $"/api/measures?level=staff&id={staffId}&from={Day(0)}&to={Day(0)}";
        var before = await manager.GetJsonAsync(path);

        var client = await CaseloadTestData.NewClientAsync(server);
        using (var placed = await (await server.AsAsync(Accounts.Connector)).PostJsonAsync($"/api/clients/{client}/placements", new { caseManagerId = staffId, reason = "Measures test." }))
        {
            await placed.ReadJsonAsync(HttpStatusCode.Created);
        }

        var placedOnly = await manager.GetJsonAsync(path);
        Assert.Equal(Counts(before, "iep-within-10-days", 0, 1), Counts(placedOnly, "iep-within-10-days"));
        Assert.Equal(Counts(before, "new-clients-seen", 0, 1), Counts(placedOnly, "new-clients-seen"));

        using (await manager.PostJsonAsync($"/api/clients/{client}/iep", new { }))
        {
        }

        using (await manager.PostJsonAsync($"/api/clients/{client}/iep/activities", new { what = "Job search", who = "Client", dueOn = Day(5) }))
        {
        }

        var planned = await manager.GetJsonAsync(path);
        Assert.Equal(Counts(before, "iep-within-10-days", 1, 1), Counts(planned, "iep-within-10-days"));
        Assert.Equal(Counts(before, "iep-quality", 1, 1), Counts(planned, "iep-quality"));
        var iep = Line(planned, "iep-within-10-days");
        Assert.Equal("R-062", iep.Text("rule"));
        Assert.Equal("90%", iep.Text("target"));
        Assert.Contains("10 working days", iep.Text("definition"), StringComparison.Ordinal);
        var point = Assert.Single(iep["series"]!.AsArray());
        Assert.Equal(iep["value"]!.GetValue<decimal>(), point!["value"]!.GetValue<decimal>());
        Assert.Equal(Day(0), point.Text("start"));

        // Accuracy comes from quality checks; with none recorded it has no value, only its target and definition.
        var accuracy = Line(planned, "accuracy");
        Assert.False(accuracy["hasData"]!.GetValue<bool>());
        Assert.Null(accuracy["value"]);
        Assert.Equal("95%", accuracy.Text("target"));

        // The facts written with the events are exactly what a rebuild from the source records makes.
        var kept = await FactsAsync();
        await RebuildAsync();
        Assert.Equal(await FactsAsync(), kept);

        var mark = await LastAuditAsync();
        var drill = await manager.GetJsonAsync($"/api/measures/iep-within-10-days/clients?level=staff&id={staffId}&from={Day(0)}&to={Day(0)}");
        Assert.Contains(drill["clients"]!.AsArray(), c => c!["clientId"]!.GetValue<Guid>() == client && c["numerator"]!.GetValue<int>() == 1);
        var rows = await AuditAfterAsync(mark);
        var listed = drill["clients"]!.AsArray().Select(c => c!["clientId"]!.GetValue<Guid>()).Distinct().ToList();
        Assert.Equal(listed.Order(), rows.Where(r => r.Entity == "MeasureDrillDown").Select(r => r.ClientId!.Value.Value).Order());
    }

    [Fact]
    public async Task OtherSite_AndCountry_AreRefused_DrillDownRefusalAudited()
    {
        var caseload = await CaseloadTestData.CaseloadWithRoomAsync(server, "ECM");
        var staffId = caseload["staffId"]!.GetValue<Guid>();
        var site = await server.MastertonSiteIdAsync();
        var other = await server.AsAsync(Accounts.CaseManagerOtherSite);

        var mark = await LastAuditAsync();
        using (var refused = await other.GetAsync($"/api/measures/iep-within-10-days/clients?level=site&id={site}&from={Day(-30)}&to={Day(0)}"))
        {
            Assert.Equal("role", (await refused.ReadProblemAsync(HttpStatusCode.Forbidden)).Text("rule"));
        }

        Assert.Contains(await AuditAfterAsync(mark), r => r.Action == AuditAction.AccessRefused);
        using (var theirs = await other.GetAsync($"/api/measures?level=staff&id={staffId}"))
        {
            await theirs.ReadProblemAsync(HttpStatusCode.Forbidden);
        }

        using (var country = await (await server.AsAsync(Accounts.Manager)).GetAsync("/api/measures?level=country"))
        {
            await country.ReadProblemAsync(HttpStatusCode.Forbidden);
        }

        var national = await (await server.AsAsync(Accounts.NationalOffice)).GetJsonAsync($"/api/measures?level=country&from={Day(-200)}&to={Day(0)}");
        Assert.Equal("month", national.Text("interval"));
        Assert.Contains(national["measures"]!.AsArray(), m => m.Text("code") == "client-requests" && m.Text("target") == "Monitor: 8–12 daily");

        using (var bad = await other.GetAsync("/api/measures?level=planet"))
        {
            Assert.Equal("Choose country, region, site or staff.", (await bad.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]!["level"]![0]!.GetValue<string>());
        }

        using (var backwards = await other.GetAsync($"/api/measures?from={Day(0)}&to={Day(-5)}"))
        {
            Assert.NotNull((await backwards.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]!["from"]);
        }

        using (var unknown = await other.GetAsync("/api/measures/no-such-measure/clients"))
        {
            await unknown.ReadProblemAsync(HttpStatusCode.NotFound);
        }
    }

    [Fact]
    public async Task ResultingAnAppointment_AndAWorkStart_UpdateTheFacts_EqualARebuild_R101_R102_R103_R104()
    {
        await RebuildAsync();
        var client = await AppointmentData.NewClientOfAsync(server, Accounts.EmploymentCaseManager);
        var staffId = await AppointmentData.StaffIdAsync(server, Accounts.EmploymentCaseManager);
        var api = await server.AsAsync(Accounts.EmploymentCaseManager);
        var path = $"/api/measures?from={Day(-1)}&to={Day(0)}";
        var before = await api.GetJsonAsync(path);

        var appointment = await PastAppointmentAsync(client, new StaffId(staffId));
        var version = (await api.GetJsonAsync($"/api/appointments/{appointment}"))["appointment"]!["version"]!.GetValue<int>();
        using (var resulted = await api.PostJsonAsync($"/api/appointments/{appointment}/result", new { outcome = "attended", note = "Measures test.", version }))
        {
            await resulted.ReadJsonAsync(HttpStatusCode.OK);
        }

        using (var started = await api.PostJsonAsync($"/api/clients/{client}/work-starts", new { startedOn = Day(0), employerName = "Measures Ltd", hoursPerWeek = 40, hours = "fullTime" }))
        {
            await started.ReadJsonAsync(HttpStatusCode.Created);
        }

        var after = await api.GetJsonAsync(path);
        Assert.Equal(Counts(before, "completion-rate").Numerator + 1, Counts(after, "completion-rate").Numerator);
        Assert.Equal(Counts(before, "client-requests").Numerator + 1, Counts(after, "client-requests").Numerator);
        Assert.Equal(Counts(before, "return-rate", 0, 1), Counts(after, "return-rate"));
        Assert.Equal(Counts(before, "work-exits").Numerator + 1, Counts(after, "work-exits").Numerator);
        Assert.True(Line(after, "completion-rate")["value"]!.GetValue<decimal>() > 0);

        var kept = await FactsAsync();
        await RebuildAsync();
        Assert.Equal(await FactsAsync(), kept);
    }

    private async Task<Guid> PastAppointmentAsync(Guid client, StaffId staffId)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
        var member = await db.Staff.AsNoTracking().SingleAsync(s => s.Id == staffId);
        var start = DateTimeOffset.UtcNow.AddHours(-2).AddSeconds(Random.Shared.Next(1, 3000));
        var slot = new AppointmentSlot(SlotId.New(), staffId, member.SiteId, DateOnly.FromDateTime(start.UtcDateTime), start, start.AddMinutes(30), SlotKind.Proactive);
        var appointment = Appointment.Book(AppointmentId.New(), new ClientId(client), slot, AppointmentChannel.FaceToFace, AppointmentType.FirstAppointment, null, BookingCover.OwnCaseManager, staffId, start.AddDays(-1), 0.1);
        db.AppointmentSlots.Add(slot);
        db.Appointments.Add(appointment);
        await db.SaveChangesAsync();
        return appointment.Id.Value;
    }

    private static JsonNode Line(JsonNode report, string code) => report["measures"]!.AsArray().Single(m => m.Text("code") == code)!;

    private static (long Numerator, long Denominator) Counts(JsonNode report, string code, int addNumerator = 0, int addDenominator = 0)
    {
        var line = Line(report, code);
        return (line["numerator"]!.GetValue<long>() + addNumerator, line["denominator"]!.GetValue<long>() + addDenominator);
    }

    private async Task RebuildAsync()
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
        await MeasureRebuild.RunAsync(db, MeasureUpkeep.Today(db), null, CancellationToken.None);
    }

    private async Task<List<string>> FactsAsync()
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
        var facts = await db.MeasureDailyFacts.AsNoTracking().ToListAsync();
        return facts.Select(f => $"{f.Measure}|{f.Day:yyyy-MM-dd}|{f.SiteId.Value}|{f.StaffId.Value}|{f.Numerator}|{f.Denominator}").Order(StringComparer.Ordinal).ToList();
    }

    private async Task<long> LastAuditAsync()
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
        return await db.AuditEntries.MaxAsync(a => (long?)a.Id) ?? 0;
    }

    private async Task<List<AuditEntry>> AuditAfterAsync(long after)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
        return await db.AuditEntries.AsNoTracking().Where(a => a.Id > after && a.Action != AuditAction.SignIn).ToListAsync();
    }
}

[Collection(SqliteServer.Collection)]
public sealed class MeasuresTestsSqlite(SqliteServer server) : MeasuresTests(server);

[Collection(PostgresServer.Collection)]
public sealed class MeasuresTestsPostgres(PostgresServer server) : MeasuresTests(server);
