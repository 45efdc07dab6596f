using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tautoko.Core.Appointments;
using Tautoko.Core.Audit;
using Tautoko.Core.Common;
using Tautoko.Data;
using Tautoko.Web.Tests.Appointments;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Assessments;

/// <summary>
/// ICS assessments through HTTP (004 §2.5): Client Assessment with sensitive topics only after the first attended appointment
/// BEUT with every factor rated, PCOMS at each attended appointment or skipped with a reason, what is
/// due on the progress read, reads audited, scope refused, and the site report for the site's manager and national office.
/// </summary>
public abstract class AssessmentTests(TautokoServer server)
{
    private static string Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(13)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    internal static Dictionary<string, int> AllRatings(int rating) => new()
    {
        ["literacy"] = rating, ["numeracy"] = rating, ["housing"] = rating, ["transport"] = rating, ["physicalHealth"] = rating,
        ["mentalHealth"] = rating, ["substanceUse"] = rating, ["whanauAndRelationships"] = rating, ["confidenceAndSelfEsteem"] = rating,
        ["workExperience"] = rating, ["jobSearchResources"] = rating, ["criminalHistory"] = rating, ["workReadiness"] = rating,
    };

    private static object Scores(Guid appointment, int v) => new
    {
        appointmentId = appointment, individually = v, interpersonally = v, socially = v, overall = v,
        relationship = 9, goalsAndTopics = 9, approachOrMethod = 8, sessionOverall = 9,
    };

    [Fact]
    public async Task ClientAssessment_SensitiveTopicsBeforeFirstAttendedAppointment_Refused_ThenAllowed_R114()
    {
        var client = await AppointmentData.NewClientOfAsync(server, Accounts.Icsm);
        var icsm = await server.AsAsync(Accounts.Icsm);
        Assert.False((await icsm.GetJsonAsync($"/api/clients/{client}/progress"))["sensitiveTopicsOpen"]!.GetValue<bool>());

        using (var early = await icsm.PostJsonAsync($"/api/clients/{client}/client-assessments", new { point = "entry", completedOn = Today, narrative = "Living in a car with two children.", sensitiveTopics = "Gang connections." }))
        {
            Assert.Equal("R-114", (await early.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).Text("rule"));
        }

        using (var narrative = await icsm.PostJsonAsync($"/api/clients/{client}/client-assessments", new { point = "entry", completedOn = Today, narrative = "Living in a car with two children." }))
        {
            var made = await narrative.ReadJsonAsync(HttpStatusCode.Created);
            Assert.Equal("entry", made.Text("point"));
            Assert.Null(made["sensitiveTopics"]);
        }

        await AttendedAppointmentAsync(server, client, Accounts.Icsm, hoursAgo: 3);
        Assert.True((await icsm.GetJsonAsync($"/api/clients/{client}/progress"))["sensitiveTopicsOpen"]!.GetValue<bool>());
        using var later = await icsm.PostJsonAsync($"/api/clients/{client}/client-assessments", new { point = "quarterly", completedOn = Today, narrative = "Housed now.", sensitiveTopics = "Family violence in the past; safe now." });
        Assert.Equal("Family violence in the past; safe now.", (await later.ReadJsonAsync(HttpStatusCode.Created)).Text("sensitiveTopics"));

        using var bad = await icsm.PostJsonAsync($"/api/clients/{client}/client-assessments", new { point = "monthly", completedOn = "2099-01-01", narrative = " " });
        var problem = await bad.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]!["point"]);
        Assert.NotNull(problem["errors"]!["completedOn"]);
        Assert.NotNull(problem["errors"]!["narrative"]);
    }

    [Fact]
    public async Task Beut_EveryFactorRated_MissingOrOutOfRangeNamed_R115()
    {
        var client = await AppointmentData.NewClientOfAsync(server, Accounts.Icsm);
        var icsm = await server.AsAsync(Accounts.Icsm);
        var partial = AllRatings(3);
        partial.Remove("numeracy");
        partial["housing"] = 6;
        using (var bad = await icsm.PostJsonAsync($"/api/clients/{client}/beut", new { point = "entry", completedOn = Today, ratings = partial }))
        {
            var message = (await bad.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]!["ratings"]!.ToJsonString();
            Assert.Contains("numeracy", message, StringComparison.Ordinal);
            Assert.Contains("housing", message, StringComparison.Ordinal);
            Assert.DoesNotContain("literacy", message, StringComparison.Ordinal);
        }

        var ratings = AllRatings(2);
        ratings["workReadiness"] = 4;
        using var made = await icsm.PostJsonAsync($"/api/clients/{client}/beut", new { point = "entry", completedOn = Today, ratings, note = "Strong wish to work." });
        var beut = await made.ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(13, beut["ratings"]!.AsArray().Count);
        Assert.Equal(Math.Round(28.0 / 13, 2), beut["mean"]!.GetValue<double>());
        Assert.Contains(beut["ratings"]!.AsArray(), r => r.Text("factor") == "whanauAndRelationships" && r.Text("domain") == "tahaWhanau");
    }

    [Fact]
    public async Task Pcoms_AtAnAttendedAppointment_RatedOrSkipped_OncePerAppointment_R116()
    {
        var client = await AppointmentData.NewClientOfAsync(server, Accounts.Icsm);
        var icsm = await server.AsAsync(Accounts.Icsm);
        var first = await AttendedAppointmentAsync(server, client, Accounts.Icsm, hoursAgo: 5);
        var second = await AttendedAppointmentAsync(server, client, Accounts.Icsm, hoursAgo: 3);
        var booked = await AttendedAppointmentAsync(server, client, Accounts.Icsm, hoursAgo: 1, attended: false);

        using (var rated = await icsm.PostJsonAsync($"/api/clients/{client}/session-measures", Scores(first, 6)))
        {
            var m = await rated.ReadJsonAsync(HttpStatusCode.Created);
            Assert.Equal(24, m["outcomeTotal"]!.GetValue<int>());
            Assert.Equal(35, m["sessionTotal"]!.GetValue<int>());
        }

        using (var twice = await icsm.PostJsonAsync($"/api/clients/{client}/session-measures", Scores(first, 7)))
        {
            Assert.Equal("R-116", (await twice.ReadProblemAsync(HttpStatusCode.Conflict)).Text("rule"));
        }

        using (var outOfRange = await icsm.PostJsonAsync($"/api/clients/{client}/session-measures", Scores(second, 11)))
        {
            Assert.NotNull((await outOfRange.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]!["individually"]);
        }

        using (var notAttended = await icsm.PostJsonAsync($"/api/clients/{client}/session-measures", Scores(booked, 5)))
        {
            Assert.Equal("R-116", (await notAttended.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).Text("rule"));
        }

        using (var skipped = await icsm.PostJsonAsync($"/api/clients/{client}/session-measures", new { appointmentId = second, skipReason = "Client upset about bullying at work; not the moment." }))
        {
            Assert.True((await skipped.ReadJsonAsync(HttpStatusCode.Created))["skipped"]!.GetValue<bool>());
        }

        var progress = await icsm.GetJsonAsync($"/api/clients/{client}/progress");
        Assert.Equal(2, progress["sessionMeasures"]!.AsArray().Count);
        Assert.DoesNotContain(progress["due"]!.AsArray(), d => d.Text("tool") == "pcoms");
    }

    [Fact]
    public async Task Progress_ShowsWhatIsDue_EntryAssessmentsAndPcoms_UntilRecorded_R114_R115_R116()
    {
        var client = await AppointmentData.NewClientOfAsync(server, Accounts.Icsm);
        var icsm = await server.AsAsync(Accounts.Icsm);
        var appointment = await AttendedAppointmentAsync(server, client, Accounts.Icsm, hoursAgo: 2);
        var before = await icsm.GetJsonAsync($"/api/clients/{client}/progress");
        Assert.NotNull(before["icsEntryOn"]);
        var due = before["due"]!.AsArray();
        Assert.Contains(due, d => d.Text("tool") == "clientAssessment" && d.Text("point") == "entry" && d.Text("rule") == "R-114" && !d!["overdue"]!.GetValue<bool>());
        Assert.Contains(due, d => d.Text("tool") == "beut" && d.Text("point") == "entry" && d.Text("rule") == "R-115");
        Assert.Contains(due, d => d.Text("tool") == "pcoms" && d.Text("appointmentId") == appointment.ToString());

        using (await icsm.PostJsonAsync($"/api/clients/{client}/client-assessments", new { point = "entry", completedOn = Today, narrative = "First look." }))
        {
        }

        using (await icsm.PostJsonAsync($"/api/clients/{client}/beut", new { point = "entry", completedOn = Today, ratings = AllRatings(3) }))
        {
        }

        using (await icsm.PostJsonAsync($"/api/clients/{client}/session-measures", Scores(appointment, 5)))
        {
        }

        var after = await icsm.GetJsonAsync($"/api/clients/{client}/progress");
        Assert.Empty(after["due"]!.AsArray());
        Assert.Single(after["beuts"]!.AsArray());
    }

    [Fact]
    public async Task Get_IsAudited_AndOtherSiteIsRefused_R120()
    {
        var client = await AppointmentData.NewClientOfAsync(server, Accounts.Icsm);
        await (await server.AsAsync(Accounts.Icsm)).GetJsonAsync($"/api/clients/{client}/progress");
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
            var cid = new ClientId(client);
            Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.ClientId == cid && e.Action == AuditAction.Read && e.Entity == "ClientProgress"));
        }

        var other = await server.AsAsync(Accounts.CaseManagerOtherSite);
        using var refused = await other.PostJsonAsync($"/api/clients/{client}/beut", new { point = "entry", completedOn = Today, ratings = AllRatings(3) });
        await refused.ReadProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task SiteReport_ManagerAndNationalOffice_CountsTheSitesIcsClients_CaseManagerRefused()
    {
        var client = await AppointmentData.NewClientOfAsync(server, Accounts.Icsm);
        var icsm = await server.AsAsync(Accounts.Icsm);
        using (await icsm.PostJsonAsync($"/api/clients/{client}/beut", new { point = "entry", completedOn = Today, ratings = AllRatings(2) }))
        {
        }

        using (await icsm.PostJsonAsync($"/api/clients/{client}/beut", new { point = "quarterly", completedOn = Today, ratings = AllRatings(4) }))
        {
        }

        var site = await server.MastertonSiteIdAsync();
        var report = await (await server.AsAsync(Accounts.Manager)).GetJsonAsync($"/api/sites/{site}/assessments");
        Assert.True(report["icsClients"]!.GetValue<int>() >= 1);
        Assert.True(report["withEntryBeut"]!.GetValue<int>() >= 1);
        var housing = report["factors"]!.AsArray().Single(f => f.Text("factor") == "housing")!;
        Assert.True(housing["clients"]!.GetValue<int>() >= 1);

        // One more client rated 1 then 5 on every factor: one more with two BEUTs, and the latest mean moves towards 5.
        var another = await AppointmentData.NewClientOfAsync(server, Accounts.Icsm);
        using (await icsm.PostJsonAsync($"/api/clients/{another}/beut", new { point = "entry", completedOn = Today, ratings = AllRatings(1) }))
        {
        }

        using (await icsm.PostJsonAsync($"/api/clients/{another}/beut", new { point = "quarterly", completedOn = Today, ratings = AllRatings(5) }))
        {
        }

        var after = await (await server.AsAsync(Accounts.Manager)).GetJsonAsync($"/api/sites/{site}/assessments");
        Assert.Equal(report["withEntryBeut"]!.GetValue<int>() + 1, after["withEntryBeut"]!.GetValue<int>());
        var housingAfter = after["factors"]!.AsArray().Single(f => f.Text("factor") == "housing")!;
        Assert.Equal(housing["clients"]!.GetValue<int>() + 1, housingAfter["clients"]!.GetValue<int>());
        Assert.True(housingAfter["latestMean"]!.GetValue<double>() > housingAfter["entryMean"]!.GetValue<double>());
        await (await server.AsAsync(Accounts.NationalOffice)).GetJsonAsync($"/api/sites/{site}/assessments");

        using var refused = await (await server.AsAsync(Accounts.CaseManager)).GetAsync($"/api/sites/{site}/assessments");
        await refused.ReadProblemAsync(HttpStatusCode.Forbidden);
    }

    /// <summary>An appointment some hours ago, resulted as attended (written directly: the API books only later slots).</summary>
    internal static async Task<Guid> AttendedAppointmentAsync(TautokoServer server, Guid client, string account, int hoursAgo, bool attended = true)
    {
        var staffId = new StaffId(await AppointmentData.StaffIdAsync(server, account));
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
        var member = await db.Staff.AsNoTracking().SingleAsync(s => s.Id == staffId);
        var start = DateTimeOffset.UtcNow.AddHours(-hoursAgo).AddSeconds(Random.Shared.Next(1, 1800));
        var slot = new AppointmentSlot(SlotId.New(), staffId, member.SiteId, DateOnly.FromDateTime(start.UtcDateTime), start, start.AddMinutes(30), SlotKind.Proactive);
        var appointment = Appointment.Book(AppointmentId.New(), new ClientId(client), slot, AppointmentChannel.FaceToFace, AppointmentType.Ongoing, null, BookingCover.OwnCaseManager, staffId, start.AddDays(-1), 0.1);
        if (attended)
        {
            appointment.Result(AppointmentStatus.Attended, staffId, DateTimeOffset.UtcNow, null, true);
        }

        db.AppointmentSlots.Add(slot);
        db.Appointments.Add(appointment);
        await db.SaveChangesAsync();
        return appointment.Id.Value;
    }
}

[Collection(SqliteServer.Collection)]
public sealed class AssessmentTestsSqlite(SqliteServer server) : AssessmentTests(server);

[Collection(PostgresServer.Collection)]
public sealed class AssessmentTestsPostgres(PostgresServer server) : AssessmentTests(server);
