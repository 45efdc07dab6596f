using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Tautoko.Core.Appointments;
using Tautoko.Core.Messaging;
using Tautoko.Web.Features.Appointments.Letters;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Appointments;

/// <summary>A newly assigned client's first contact (R-035) and the case manager's details every step gives (R-054).</summary>
public abstract class FirstContactTests(TautokoServer server)
{
    private const string CaseManager = Accounts.EmploymentCaseManager;

    [Fact]
    public async Task FirstContact_PhoneThenLetterThenText_InOrder_EachLogged_R035_R054()
    {
        // R-035: phone first, then the letter inviting to a proactive appointment, then the text; each in the engagement log.
        var client = await AppointmentData.NewClientOfAsync(server, CaseManager);
        var api = await server.AsAsync(CaseManager);
        var staff = await api.GetJsonAsync($"/api/staff/{await AppointmentData.StaffIdAsync(server, CaseManager)}");

        var start = await api.GetJsonAsync($"/api/clients/{client}/first-contact");
        Assert.Equal("phone", start.Text("next"));
        Assert.Equal(staff.Text("name"), start["caseManager"].Text("name"));
        Assert.Equal(staff.Text("phone"), start["caseManager"].Text("phone"));
        Assert.Equal(staff.Text("email"), start["caseManager"].Text("email"));

        // Out of order: the letter and the text wait for the phone call.
        await RefusedAsync(api, client, new { step = "letter" });
        await RefusedAsync(api, client, new { step = "text", callAt = DateTimeOffset.UtcNow.AddDays(1) });

        var phoned = await RecordAsync(api, client, new { step = "phone", reached = false });
        Assert.Equal("letter", phoned.Text("next"));

        // The letter invites the client to a booked proactive appointment.
        await RefusedAsync(api, client, new { step = "letter" });
        var slot = await AppointmentData.FreeSlotAsync(server, new Guid(staff.Text("id")!), skip: 2);
        await AppointmentData.BookAsync(api, client, slot, new { type = "firstAppointment" });
        var lettered = await RecordAsync(api, client, new { step = "letter" });
        Assert.Equal("text", lettered.Text("next"));

        var callAt = DateTimeOffset.UtcNow.AddDays(1);
        var texted = await RecordAsync(api, client, new { step = "text", callAt });
        Assert.Null(texted["next"]);
        Assert.Equal(["phone", "letter", "text"], texted["done"]!.AsArray().Select(d => d.Text("step")));
        await RefusedAsync(api, client, new { step = "text", callAt });

        var notes = (await api.GetJsonAsync($"/api/clients/{client}/notes?pageSize=50")).Items()
            .Where(n => n.Text("text")!.StartsWith("First contact ", StringComparison.Ordinal))
            .OrderBy(n => n!["recordedAt"]!.GetValue<DateTimeOffset>())
            .ToList();
        Assert.Equal(["Phone", "Letter", "Text"], notes.Select(n => n.Text("channel")));
        var text = notes[2].Text("text")!;
        Assert.Contains("tried to phone you and will call you on", text, StringComparison.Ordinal);

        // R-054: the text gives the case manager's name, phone and e-mail.
        Assert.Contains(staff.Text("name")!, text, StringComparison.Ordinal);
        Assert.Contains(staff.Text("phone")!, text, StringComparison.Ordinal);
        Assert.Contains(staff.Text("email")!, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FirstAppointment_LetterAndConfirmation_GiveTheCaseManagersNamePhoneAndEmail_R054()
    {
        // R-054: case managers give clients their name, phone and e-mail — in the invitation letter and the first e-mail.
        var client = await AppointmentData.NewClientOfAsync(server, CaseManager);
        var staffId = await AppointmentData.StaffIdAsync(server, CaseManager);
        var api = await server.AsAsync(CaseManager);
        var staff = await api.GetJsonAsync($"/api/staff/{staffId}");
        var slot = await AppointmentData.FreeSlotAsync(server, staffId, skip: 3);
        var booked = await AppointmentData.BookAsync(api, client, slot, new { type = "firstAppointment" });
        var id = new AppointmentId(booked["appointment"]!["id"]!.GetValue<Guid>());

        await using var scope = server.Services.CreateAsyncScope();
        var letter = await scope.ServiceProvider.GetRequiredService<LetterRenderer>().ComposeAsync(id, LetterKind.InviteToProactiveAppointment, CancellationToken.None);
        var facts = letter!.Sections.SelectMany(s => s.Facts).ToDictionary(f => f.Label, f => f.Value);
        Assert.Equal(staff.Text("name"), facts["Name"]);
        Assert.Equal(staff.Text("phone"), facts["Phone"]);
        Assert.Equal(staff.Text("email"), facts["E-mail"]);

        var db = scope.ServiceProvider.GetRequiredService<Tautoko.Data.TautokoDbContext>();
        var confirmation = db.OutboxMessages.Single(m => m.AppointmentId == id && m.Purpose == MessagePurpose.BookingConfirmation);
        Assert.Contains($"Your case manager: {staff.Text("name")}, phone {staff.Text("phone")}, e-mail {staff.Text("email")}.", confirmation.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FirstContact_ClientWithoutCaseManager_Refused_R035()
    {
        var (client, _) = await Tautoko.Web.Tests.Clients.ClientRecords.CreateAsync(server);
        var api = await server.AsAsync(Accounts.CaseManager);

        await RefusedAsync(api, client, new { step = "phone", reached = true });
        Assert.Null((await api.GetJsonAsync($"/api/clients/{client}/first-contact"))["caseManager"]);
    }

    private static async Task<System.Text.Json.Nodes.JsonNode> RecordAsync(ApiClient api, Guid client, object body)
    {
        using var response = await api.PostJsonAsync($"/api/clients/{client}/first-contact", body);
        return await response.ReadJsonAsync(HttpStatusCode.OK);
    }

    private static async Task RefusedAsync(ApiClient api, Guid client, object body)
    {
        using var response = await api.PostJsonAsync($"/api/clients/{client}/first-contact", body);
        Assert.Equal("R-035", (await response.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).Text("rule"));
    }
}

[Collection(SqliteServer.Collection)]
public sealed class FirstContactTestsSqlite(SqliteServer server) : FirstContactTests(server);

[Collection(PostgresServer.Collection)]
public sealed class FirstContactTestsPostgres(PostgresServer server) : FirstContactTests(server);
