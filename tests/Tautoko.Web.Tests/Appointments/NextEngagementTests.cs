using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tautoko.Core.Appointments;
using Tautoko.Core.Common;
using Tautoko.Data;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Appointments;

/// <summary>R-031: the next engagement is arranged at each attended appointment; a "show" without one is flagged on the worklist; R-033: the first appointment is recorded when it happens.</summary>
public abstract class NextEngagementTests(TautokoServer server)
{
    private const string CaseManager = Accounts.EmploymentCaseManager;

    [Fact]
    public async Task ResultShow_WithoutNextEngagement_FlaggedOnMyDay_ThenClearedWhenBooked_R031_AndFirstSeenRecorded_R033()
    {
        var client = await AppointmentData.NewClientOfAsync(server, CaseManager);
        var appointment = await PastAppointmentAsync(client);
        var api = await server.AsAsync(CaseManager);

        var version = (await api.GetJsonAsync($"/api/appointments/{appointment}"))["appointment"]!["version"]!.GetValue<int>();
        using (var resulted = await api.PostJsonAsync($"/api/appointments/{appointment}/result", new { outcome = "attended", note = "Plan reviewed.", version }))
        {
            var result = await resulted.ReadJsonAsync(HttpStatusCode.OK);
            Assert.False(result["hasFutureEngagement"]!.GetValue<bool>());
            Assert.Contains("R-031", result.Text("nextStep"), StringComparison.Ordinal);
        }

        Assert.Contains("R-031", await FindingsAsync(api, client));

        // R-033 is recorded when it happens: the first face-to-face appointment since assignment, and whether it was within 10 working days.
        var notes = await api.GetJsonAsync($"/api/clients/{client}/notes?pageSize=50");
        var firstSeen = Assert.Single(notes.Items(), n => n.Text("text")!.StartsWith("New client first seen (R-033):", StringComparison.Ordinal))!;
        Assert.Contains("face-to-face", firstSeen.Text("text"), StringComparison.Ordinal);
        Assert.EndsWith("within the 10-working-day standard.", firstSeen.Text("text"), StringComparison.Ordinal);

        // Arranging the next engagement clears the flag.
        var slot = await AppointmentData.FreeSlotAsync(server, await AppointmentData.StaffIdAsync(server, CaseManager), skip: 4);
        await AppointmentData.BookAsync(api, client, slot);
        Assert.DoesNotContain("R-031", await FindingsAsync(api, client));
    }

    [Fact]
    public async Task ResultShow_RecordsTheChecksAtTheEngagement_AndSaysWhichWereNotDone_R064()
    {
        // at each engagement check eligibility (incl. partner), the referral queue, client events, benefit expiries, redirections and debt offsets.
        var client = await AppointmentData.NewClientOfAsync(server, CaseManager);
        var appointment = await PastAppointmentAsync(client);
        var api = await server.AsAsync(CaseManager);
        var version = (await api.GetJsonAsync($"/api/appointments/{appointment}"))["appointment"]!["version"]!.GetValue<int>();

        using var resulted = await api.PostJsonAsync($"/api/appointments/{appointment}/result", new { outcome = "attended", version, checks = new[] { "eligibility", "clientEvents", "benefitExpiries" } });

        var result = await resulted.ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(["S2P Service Centre Referral queue", "Redirections and debt offsets"], result["checksNotDone"]!.AsArray().Select(c => c!.GetValue<string>()));
        var notes = await api.GetJsonAsync($"/api/clients/{client}/notes?pageSize=50");
        var attended = Assert.Single(notes.Items(), n => n.Text("text")!.StartsWith("Attended", StringComparison.Ordinal))!;
        Assert.Contains("Checks at this engagement (R-064): checked — Client's eligibility", attended.Text("text"), StringComparison.Ordinal);
        Assert.Contains("not checked — S2P Service Centre Referral queue; Redirections and debt offsets.", attended.Text("text"), StringComparison.Ordinal);

        using var unknown = await api.PostJsonAsync($"/api/appointments/{appointment}/result", new { outcome = "attended", version, checks = new[] { "horoscope" } });
        Assert.NotNull((await unknown.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]?["checks"]);
    }

    private static async Task<IReadOnlyList<string>> FindingsAsync(ApiClient api, Guid client)
    {
        var day = await api.GetJsonAsync("/api/appointments/my-day");
        var item = day["engagement"]!["items"]!.AsArray().FirstOrDefault(i => i!["clientId"]!.GetValue<Guid>() == client);
        return item is null ? [] : [.. item["findings"]!.AsArray().Select(f => f.Text("rule")!)];
    }

    /// <summary>An appointment that started two hours ago (written directly: the API books only later slots).</summary>
    private async Task<Guid> PastAppointmentAsync(Guid client)
    {
        var staffId = new StaffId(await AppointmentData.StaffIdAsync(server, CaseManager));
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
}

[Collection(SqliteServer.Collection)]
public sealed class NextEngagementTestsSqlite(SqliteServer server) : NextEngagementTests(server);

[Collection(PostgresServer.Collection)]
public sealed class NextEngagementTestsPostgres(PostgresServer server) : NextEngagementTests(server);
