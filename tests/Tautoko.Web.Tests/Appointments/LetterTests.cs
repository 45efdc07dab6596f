using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Tautoko.Core.Appointments;
using Tautoko.Core.Messaging;
using Tautoko.Web.Features.Appointments.Letters;
using Tautoko.Web.Tests.Clients;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Appointments;

/// <summary>Letters: small (subset fonts), named for their kind, and promising a case manager only to a client who has one.</summary>
public abstract class LetterTests(TautokoServer server)
{
    /// <summary>A one-page letter with both DejaVu faces embedded whole was 754 KB; with the faces subset it is a few tens of KB.</summary>
    private const int MaxLetterBytes = 120_000;

    [Fact]
    public async Task Letter_EmbedsSubsetFonts_AndDownloadsUnderItsKindsName()
    {
        var staffId = await AppointmentData.StaffIdAsync(server, Accounts.Icsm);
        var client = await AppointmentData.NewClientOfAsync(server, Accounts.Icsm);
        var api = await server.AsAsync(Accounts.Icsm);
        var booked = await AppointmentData.BookAsync(api, client, await AppointmentData.FreeSlotAsync(server, staffId, skip: 3));
        var appointment = booked["appointment"]!;
        var id = appointment["id"]!.GetValue<Guid>();
        // The API shows the number grouped (479-343-756); file names carry its digits.
        var clientNumber = appointment.Text("clientNumber")!.Replace("-", string.Empty, StringComparison.Ordinal);
        var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(appointment["startsAt"]!.GetValue<DateTimeOffset>(), TimeZoneInfo.FindSystemTimeZoneById("Pacific/Auckland")).DateTime);

        foreach (var (kind, name) in new[] { ("InviteToProactiveAppointment", "appointment-letter"), ("PhoneBasedAppointment", "phone-appointment-letter") })
        {
            using var pdf = await api.GetAsync($"/api/appointments/{id}/letter.pdf?kind={kind}");
            Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
            var bytes = await pdf.Content.ReadAsByteArrayAsync();
            Assert.True(bytes.Length < MaxLetterBytes, $"The {kind} letter is {bytes.Length:N0} bytes; with subset fonts it should be under {MaxLetterBytes:N0}.");
            var facts = PdfFacts.Read(bytes);
            Assert.Equal(1, facts.Pages);
            Assert.True(facts.MapsToUnicode('ē') && facts.MapsToUnicode('ā'), "The subset keeps the macrons of Tēnā koe.");

            var disposition = pdf.Content.Headers.ContentDisposition;
            Assert.Equal("attachment", disposition?.DispositionType);
            Assert.Equal($"{name}-{clientNumber}-{date:yyyy-MM-dd}.pdf", disposition?.FileNameStar ?? disposition?.FileName?.Trim('"'));
        }
    }

    [Fact]
    public async Task Letter_ToAClientWithNoCaseManager_DoesNotPromiseOne()
    {
        // A client on nobody's caseload, booked with the ICSM, next to one of the ICSM's own clients.
        var staffId = await AppointmentData.StaffIdAsync(server, Accounts.Icsm);
        var api = await server.AsAsync(Accounts.Icsm);
        var (nobodys, _) = await ClientRecords.CreateAsync(server);
        var theirs = await AppointmentData.NewClientOfAsync(server, Accounts.Icsm);
        var withoutManager = (await AppointmentData.BookAsync(api, nobodys, await AppointmentData.FreeSlotAsync(server, staffId, skip: 4)))["appointment"]!["id"]!.GetValue<Guid>();
        var withManager = (await AppointmentData.BookAsync(api, theirs, await AppointmentData.FreeSlotAsync(server, staffId, skip: 5)))["appointment"]!["id"]!.GetValue<Guid>();

        await using var scope = server.Services.CreateAsyncScope();
        var letters = scope.ServiceProvider.GetRequiredService<LetterRenderer>();
        foreach (var kind in new[] { LetterKind.InviteToProactiveAppointment, LetterKind.PhoneBasedAppointment })
        {
            var plain = Text(await letters.ComposeAsync(new AppointmentId(withoutManager), kind, CancellationToken.None));
            Assert.DoesNotContain("your case manager", plain, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("You now have a case manager", plain, StringComparison.Ordinal);
            Assert.DoesNotContain("first point of contact from now on", plain, StringComparison.Ordinal);

            var promised = Text(await letters.ComposeAsync(new AppointmentId(withManager), kind, CancellationToken.None));
            Assert.True(
                promised.Contains("your case manager", StringComparison.OrdinalIgnoreCase) || promised.Contains("You now have a case manager", StringComparison.Ordinal),
                $"The {kind} letter to the ICSM's own client names them as the case manager.");
        }
    }

    private static string Text(LetterContent? letter)
    {
        Assert.NotNull(letter);
        return string.Join('\n', new[] { letter.Heading, letter.Greeting }
            .Concat(letter.Sections.SelectMany(s => s.Paragraphs.Concat(s.Facts.Select(f => $"{f.Label}: {f.Value}"))))
            .Concat(letter.Signature));
    }
}

[Collection(SqliteServer.Collection)]
public sealed class LetterTestsSqlite(SqliteServer server) : LetterTests(server);

[Collection(PostgresServer.Collection)]
public sealed class LetterTestsPostgres(PostgresServer server) : LetterTests(server);
